// sipcode CLI: SIP messages out of reassembled TCP streams, framed as RFC 3261 s18.3 says: a message
// is its head (start line to the empty line) and Content-Length bytes of body.
//
// Several messages in one segment and one message over several segments come out the same; CRLF
// keep-alives between messages (RFC 5626 s3.5.1) are skipped. A message is handed to the sink when
// its last byte has come, with the frame and time of the segment that brought it (as tshark reports a
// reassembled message). SIP is recognised by the start line, on any port. Bytes that do not start a
// SIP message (a stream picked up in the middle of a body, after a gap, or another protocol) are
// skipped line by line up to the next start line. Streams that start with a TLS record or a WebSocket
// upgrade (RFC 7118) are recognised and skipped whole.
//
// Memory: a stream holds at most the message it is inside, up to `max_message` bytes; a larger one is
// handed out when its head is complete and its body is skipped as it comes. A head longer than
// `max_head` is dropped, as is a stream's partial message when all streams together would hold more
// than `max_total`. Everything dropped is counted.
#ifndef SIPCODE_CLI_TRACE_SIP_STREAM_FRAMER_HPP
#define SIPCODE_CLI_TRACE_SIP_STREAM_FRAMER_HPP

#include "message.hpp"
#include "tcp_reassembly.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sipcode::cli::trace {

class sip_stream_framer final : public tcp_stream_consumer {
public:
    struct limits {
        std::size_t max_message = std::size_t{64} << 10;
        std::size_t max_head = std::size_t{64} << 10;
        std::size_t max_total = std::size_t{64} << 20;
    };
    struct counts {
        std::uint64_t messages = 0;
        std::uint64_t without_content_length = 0;  ///< framed as if Content-Length were 0 (s18.3 requires it)
        std::uint64_t large_messages = 0;          ///< handed out at their head, body skipped (> max_message)
        std::uint64_t bytes_not_sip = 0;           ///< skipped: not the start of a SIP message
        std::uint64_t partial_messages_lost = 0;   ///< a message cut by a gap, a limit or the stream's end
        std::uint64_t tls_streams = 0;             ///< streams of TLS records (SIPS), skipped
        std::uint64_t websocket_streams = 0;       ///< streams upgraded to WebSocket (RFC 7118), skipped
    };

    explicit sip_stream_framer(const message_sink& sink) : sink_(sink) {}
    sip_stream_framer(const message_sink& sink, limits l) : sink_(sink), limits_(l) {}

    /** The frame and time the next bytes come with. */
    void set_frame(std::uint64_t frame, std::int64_t time_ns) {
        frame_ = frame;
        time_ns_ = time_ns;
    }

    void data(const tcp_stream_info& stream, std::string_view bytes) override;
    void gap(const tcp_stream_info& stream) override;
    void closed(const tcp_stream_info& stream) override;

    const counts& stats() const { return counts_; }
    std::size_t held_bytes() const { return total_; }

private:
    enum class kind : std::uint8_t { unknown, sip, tls, websocket };
    struct state {
        std::string pending;     // the start of a message (or of a line) not complete yet
        std::size_t skip = 0;    // body bytes of a large message still to skip
        bool skip_line = false;  // inside a line that is not SIP: skip to its end
        kind what = kind::unknown;
    };
    std::size_t frame_messages(const tcp_stream_info& stream, state& st, std::string_view bytes);
    void emit(message& m, const tcp_stream_info& stream);
    void drop_pending(state& st);

    const message_sink& sink_;
    limits limits_;
    std::unordered_map<std::uint64_t, state> streams_;
    std::size_t total_ = 0;
    std::uint64_t frame_ = 0;
    std::int64_t time_ns_ = 0;
    counts counts_;
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_SIP_STREAM_FRAMER_HPP
