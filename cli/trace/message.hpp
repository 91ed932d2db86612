// sipcode CLI: one SIP message found in a trace, as every reader hands it to the analysis.
//
// The readers (raw SIP text, `tshark -V`, `tshark -T fields`, packet captures) each find the start
// line and the header fields of every message, never a line of a body, and call a message_sink once
// per message. The analysis (transactions, KPIs, breakdowns) and `parse` consume the same messages, so
// every input format is read the same way. Every view points into the reader's buffer and is valid
// only for the duration of the call.
#ifndef SIPCODE_CLI_TRACE_MESSAGE_HPP
#define SIPCODE_CLI_TRACE_MESSAGE_HPP

#include <sipcode/parse.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace sipcode::cli::trace {

/** Where a message was seen: what the input knows besides the message itself. */
struct origin {
    std::uint64_t frame = 0;              ///< capture frame number (1-based, as tshark counts); 0 when unknown
    std::optional<std::int64_t> time_ns;  ///< timestamp in ns since the Unix epoch, when the input has one
    std::string_view src;                 ///< sender "192.0.2.1:5060" or "[2001:db8::1]:5060"; empty when unknown
    std::string_view dst;                 ///< receiver, same form; empty when unknown
    std::string_view transport;           ///< "UDP", "TCP"; empty when unknown
    std::string_view file;                ///< the FILE operand it was read from ("-": standard input)
    std::uint64_t line = 0;               ///< text input: 1-based line of the start line in `file`; 0 otherwise
};

/** One SIP message: its start line and the header fields the analysis reads (empty when absent). */
struct message {
    enum class kind : std::uint8_t { request, response };

    kind type = kind::response;
    std::string_view start_line;  ///< the start line without its line ending
    std::string_view head;        ///< the head as the input holds it, start line to empty line (or as far as
                                  ///< it goes); empty when the input shows no raw message (tshark output)
    std::string_view method;      ///< request method (requests only)
    parse_result status;          ///< the status line read in lenient mode (responses only); false: malformed

    std::string_view call_id;      ///< Call-ID (or "i")
    std::uint32_t cseq_number = 0; ///< CSeq sequence number (0 when there is no CSeq)
    std::string_view cseq_method;  ///< CSeq method; empty when there is no CSeq
    std::string_view via_branch;   ///< the branch parameter of the topmost Via (or "v")
    std::string_view from_tag;     ///< tag parameter of From (or "f")
    std::string_view to_tag;       ///< tag parameter of To (or "t"); empty: no tag
    std::optional<std::uint32_t> rseq;  ///< RSeq (RFC 3262 s7.1), reliable provisionals only

    origin seen;  ///< where and when the message was seen
};

/** Receives each message, in input order. */
using message_sink = std::function<void(const message&)>;

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_MESSAGE_HPP
