// sipcode CLI: IPv4 (RFC 791 s3.2) and IPv6 (RFC 8200 s4.5) fragment reassembly in bounded memory.
//
// A datagram is kept from its first fragment seen until all of its bytes and its last fragment have
// come, then handed out whole. Limits: at most `max_datagrams` incomplete datagrams and `max_bytes`
// held in all, each at most 65535 bytes, and each dropped `timeout_ns` after its first fragment (the
// 30 s Linux waits, net.ipv4.ipfrag_time). A fragment that would break a limit is dropped and counted,
// and so is every incomplete datagram dropped by the timeout or at the end of the capture.
#ifndef SIPCODE_CLI_TRACE_IP_REASSEMBLY_HPP
#define SIPCODE_CLI_TRACE_IP_REASSEMBLY_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sipcode::cli::trace {

class ip_reassembly {
public:
    struct limits {
        std::size_t max_datagrams = 4096;
        std::size_t max_bytes = std::size_t{32} << 20;
        std::int64_t timeout_ns = std::int64_t{30} * 1000 * 1000 * 1000;
    };
    struct counts {
        std::uint64_t reassembled = 0;          ///< datagrams handed out whole
        std::uint64_t fragments_dropped = 0;    ///< fragments dropped for a limit or a bad offset
        std::uint64_t datagrams_incomplete = 0;  ///< datagrams dropped unfinished (timeout, end of capture)
    };
    /** One fragment. `key` identifies its datagram: addresses, identification and (IPv4) protocol. */
    struct fragment {
        std::array<std::uint8_t, 38> key{};
        std::uint32_t offset = 0;  ///< in bytes
        bool more = false;         ///< more fragments follow (MF / M flag)
        std::uint8_t protocol = 0;  ///< of the payload: IPv4 protocol, or the fragment header's next header
        std::string_view data;
    };
    struct datagram {
        std::uint8_t protocol = 0;
        std::string_view payload;  ///< valid until the next call to add()
    };

    ip_reassembly() = default;
    explicit ip_reassembly(limits l) : limits_(l) {}

    /** Adds one fragment seen at `time_ns`; the whole datagram when this one completed it. */
    std::optional<datagram> add(const fragment& f, std::int64_t time_ns);
    /** Drops every incomplete datagram (the end of the capture), counting them. */
    void finish();

    const counts& stats() const { return counts_; }
    std::size_t held_bytes() const { return held_bytes_; }

private:
    struct pending {
        std::string data;
        std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;  // received [begin, end), merged, sorted
        std::optional<std::uint32_t> total;  // known from the last fragment
        std::uint8_t protocol = 0;
        std::int64_t first_seen = 0;
    };
    void expire(std::int64_t now);
    void drop(std::map<std::array<std::uint8_t, 38>, pending>::iterator it);

    limits limits_;
    std::map<std::array<std::uint8_t, 38>, pending> pending_;
    std::size_t held_bytes_ = 0;
    std::int64_t next_sweep_ = 0;
    std::string completed_;
    counts counts_;
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_IP_REASSEMBLY_HPP
