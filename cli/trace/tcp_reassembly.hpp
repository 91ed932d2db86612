// sipcode CLI: TCP stream reassembly in bounded memory: each direction of each connection handed out
// as one ordered byte stream, every byte once.
//
// A segment that is all before the next expected byte (a retransmission, or the same segment captured
// on a second interface) is not handed out again; one that overlaps it is handed out from the first new
// byte; one beyond it (out of order) is held until the bytes before it come. A stream seen without its
// SYN starts at its first data segment. A stream is a direction: source and destination address and
// port.
//
// Limits (documented in docs/captures.md): at most `max_streams` streams (the longest idle are ended
// when a new one would pass it), out-of-order bytes held at most `max_stream_held` per stream and
// `max_total_held` in all (past either, the missing bytes are given up as lost: the consumer is told of
// the gap and the held bytes are handed out), and a stream idle for `idle_timeout_ns` of capture time is
// ended. Bytes never seen (lost in the capture, or cut by the snapshot length) are counted as lost.
#ifndef SIPCODE_CLI_TRACE_TCP_REASSEMBLY_HPP
#define SIPCODE_CLI_TRACE_TCP_REASSEMBLY_HPP

#include "packet_decoder.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sipcode::cli::trace {

/** One direction of a TCP connection, as the consumer sees it. */
struct tcp_stream_info {
    std::uint64_t id = 0;  ///< unique for the reader's lifetime; a new connection on the same ports gets a new one
    std::string src;       ///< "192.0.2.1:5060"
    std::string dst;
};

/** Receives the reassembled bytes of every stream. */
class tcp_stream_consumer {
public:
    virtual ~tcp_stream_consumer() = default;
    /** The next bytes of the stream, in order, each byte once. */
    virtual void data(const tcp_stream_info& stream, std::string_view bytes) = 0;
    /** Bytes of the stream were lost: what comes next does not continue what came before. */
    virtual void gap(const tcp_stream_info& stream) = 0;
    /** The stream ended (FIN, RST, a limit, idle, or the end of the capture); no more calls for its id. */
    virtual void closed(const tcp_stream_info& stream) = 0;
};

class tcp_reassembly {
public:
    struct limits {
        std::size_t max_streams = 65536;
        std::size_t max_stream_held = std::size_t{1} << 20;
        std::size_t max_total_held = std::size_t{64} << 20;
        std::int64_t idle_timeout_ns = std::int64_t{600} * 1000 * 1000 * 1000;
    };
    struct counts {
        std::uint64_t segments = 0;            ///< TCP segments given
        std::uint64_t streams = 0;             ///< streams opened
        std::uint64_t bytes = 0;               ///< bytes handed out
        std::uint64_t bytes_again = 0;         ///< bytes seen before (retransmitted, duplicated), not handed out again
        std::uint64_t segments_out_of_order = 0;  ///< segments held until the bytes before them came
        std::uint64_t bytes_lost = 0;          ///< bytes given up as lost (never captured, cut, or past a limit)
        std::uint64_t streams_evicted = 0;     ///< streams ended early for the stream limit
        std::uint64_t streams_idle = 0;        ///< streams ended after the idle timeout
    };

    explicit tcp_reassembly(tcp_stream_consumer& consumer) : consumer_(consumer) {}
    tcp_reassembly(tcp_stream_consumer& consumer, limits l) : consumer_(consumer), limits_(l) {}
    tcp_reassembly(const tcp_reassembly&) = delete;
    tcp_reassembly& operator=(const tcp_reassembly&) = delete;

    /** One TCP segment (protocol tcp), seen at `time_ns`. */
    void add(const transport_packet& segment, std::int64_t time_ns);
    /** The end of the capture: held bytes are handed out past their gaps, and every stream is closed. */
    void finish();

    const counts& stats() const { return counts_; }
    std::size_t held_bytes() const { return total_held_; }
    std::size_t open_streams() const { return streams_.size(); }

private:
    using key = std::array<std::uint8_t, 37>;
    struct key_hash {
        std::size_t operator()(const key& k) const noexcept;
    };
    struct stream {
        tcp_stream_info info;
        bool synced = false;
        bool closed = false;
        std::uint64_t next = 0;  // the next expected byte, sequence numbers extended to 64 bits
        std::int64_t last_seen = 0;
        std::map<std::uint64_t, std::string> held;  // out-of-order segments by their first byte
        std::size_t held_bytes = 0;
    };

    stream& open(const key& k, const transport_packet& segment, std::int64_t time_ns);
    void deliver(stream& s, std::uint64_t at, std::string_view bytes);
    void drain(stream& s);
    void skip_gap(stream& s);
    void release(stream& s);
    void end(stream& s);
    void evict_idle(std::int64_t now);
    void evict_oldest();

    tcp_stream_consumer& consumer_;
    limits limits_;
    std::unordered_map<key, stream, key_hash> streams_;
    std::size_t total_held_ = 0;
    std::uint64_t next_id_ = 1;
    std::int64_t next_sweep_ = 0;
    counts counts_;
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_TCP_REASSEMBLY_HPP
