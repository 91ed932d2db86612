// sipcode CLI: the head of one raw SIP message (start line and header fields), as a UDP datagram, a
// TCP stream or a text log holds it.
//
//   enum class head_status : std::uint8_t { complete, incomplete, not_sip };
//   struct sip_head { head_status status; std::size_t head_size; std::optional<std::size_t> content_length;
//                     bool blank_line; };
//   sip_head read_sip_head(std::string_view bytes, message& out, bool at_end = false);
//
// The start line (RFC 3261 s7.1, s7.2):
//   Request-Line = Method SP Request-URI SP SIP-Version CRLF     (lenient: runs of SP/HTAB, LF alone;
//                                                                 the Request-URI holds a ":")
//   Status-Line  = SIP-Version SP Status-Code SP Reason-Phrase CRLF
// A line that starts with "SIP/" (any case) is a response; its status is parse_status_line() in
// lenient mode, so a malformed status line is still a response, with its defect in `status`. Any
// other line that is not a request line is `not_sip`. CRLFs and LFs before the start line (RFC 5626
// keep-alives) are skipped and counted in head_size.
//
// Header fields (RFC 3261 s7.3): `name *(SP/HTAB) ":" value`, continued on lines that start with SP or
// HTAB (line folding, s7.3.1). Names compare case-insensitively, and the compact forms of s7.3.3
// count as their long names: i Call-ID, v Via, f From, t To, l Content-Length. The first field of
// each name is read (for Via: the topmost one, and the first value of a comma-separated list):
//   Call-ID, CSeq (number and method), Via (branch), From (tag), To (tag), RSeq, Content-Length.
//
// The head ends at the empty line after the header fields (`blank_line`), or, as text logs need,
// just before the first line that is neither a header field nor a fold (a log line, the next
// message's start line): `complete` either way, and head_size counts up to that line. When `bytes`
// end first, the head is `incomplete` unless `at_end` says nothing follows them (the end of a file
// or of a datagram): then it is complete with what there is. A message's size on a stream is
// head_size + *content_length (RFC 3261 s18.3).
//
// When the head is not complete, `out` holds no message and head_size counts the CRs and LFs before
// the start line (keep-alives a stream reader may drop).
//
// Reads only inside `bytes` (no NUL terminator needed), allocates nothing, throws nothing; the time
// is linear in the head's size. Every view it stores in `out` points into `bytes`.
#ifndef SIPCODE_CLI_TRACE_SIP_MESSAGE_HPP
#define SIPCODE_CLI_TRACE_SIP_MESSAGE_HPP

#include "message.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sipcode::cli::trace {

enum class head_status : std::uint8_t {
    complete,    ///< the head was read; `out` holds it
    incomplete,  ///< `bytes` end inside the head: read more and call again
    not_sip,     ///< `bytes` do not start with a start line
};

struct sip_head {
    head_status status = head_status::not_sip;
    std::size_t head_size = 0;                  ///< start line .. empty line, incl. its CRLF
    std::optional<std::size_t> content_length;  ///< the first Content-Length (or "l"), when it is a number
    bool blank_line = false;                    ///< complete: the head ended with its empty line
    std::size_t line_feeds = 0;                 ///< complete: the LFs in the head from its start line on
};

/** Reads the start line and header fields at the start of `bytes` into `out` (origin untouched).
 *  `at_end`: no byte follows `bytes`, so a head they end inside is complete as it is. */
sip_head read_sip_head(std::string_view bytes, message& out, bool at_end = false);

/** True when `line` (without its line ending) is a request line or starts with "SIP/": what
 *  read_sip_head accepts as a start line. */
bool is_start_line(std::string_view line) noexcept;

/** The header fields of one message, one line at a time, read as read_sip_head reads them: for
 *  readers that see each field on a line of its own (tshark -V). */
class header_fields {
public:
    /** "Name: value" without its line ending: stores the value in `out` when the name is one of those
     *  read and the first of its name; false when `line` is no header field. */
    bool field(std::string_view line, message& out) noexcept;

    std::optional<std::size_t> content_length;  ///< the first Content-Length, when it is a number

private:
    bool seen_[8] = {};
};

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_SIP_MESSAGE_HPP
