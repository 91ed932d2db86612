// sipcode CLI: reads SIP messages out of trace files, whatever their format, as one trace.
//
// Each file is read in 1 MiB blocks (memory stays constant on inputs of any size) and its format is
// detected from its first bytes (docs/trace-formats.md):
//   - a packet capture (pcap, pcapng), by its magic number;
//   - `tshark -T fields -E header=y` output, by its header line of field names;
//   - `tshark -V` output, by its "Frame N:" lines;
//   - anything else is text holding raw SIP messages (SIPp -trace_msg logs, sngrep exports, stack
//     debug logs, bare status lines): start lines are found at the start of a line, heads are read
//     with read_sip_head, and bodies are skipped by their Content-Length.
// Inputs that hold no readable message (tshark's one-line summary, -T pdml, -T json, UTF-16, binary files)
// are recognised and named in the summary, so that zero_messages_notice() can say why.
#ifndef SIPCODE_CLI_TRACE_INPUT_HPP
#define SIPCODE_CLI_TRACE_INPUT_HPP

#include "message.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sipcode::cli::trace {

/** The formats a file can have; a file has one. */
enum class trace_format : std::uint8_t {
    raw_sip,         ///< text with raw SIP messages (logs, sngrep, SIPp, status lines)
    tshark_verbose,  ///< `tshark -V`
    tshark_fields,   ///< `tshark -T fields -E header=y`
    capture,         ///< pcap or pcapng
    empty,           ///< no bytes at all
    tshark_summary,  ///< not readable: tshark's default one-line-per-packet output
    pdml,            ///< not readable: `tshark -T pdml` (XML)
    utf16,           ///< not readable: UTF-16 text
    json,            ///< not readable: `tshark -T json` or `-T ek`
    binary,          ///< not readable: NUL bytes or a compressed file
};
inline constexpr std::size_t trace_format_count = static_cast<std::size_t>(trace_format::binary) + 1;

/** "raw SIP text", "tshark -V", ... */
std::string_view describe(trace_format f) noexcept;

struct input_summary {
    std::uint64_t bytes = 0, messages = 0;
    std::uint64_t requests = 0, responses = 0;
    std::uint64_t malformed = 0;  ///< responses whose status line did not parse (counted in responses)
    std::array<std::uint64_t, trace_format_count> files{};  ///< files read, by format
    std::uint64_t icmp_quoted = 0;       ///< tshark -V: SIP quoted inside ICMP errors, not counted
    std::uint64_t long_bodies = 0;       ///< raw text: Content-Length above max_body_skip, body not skipped
    std::uint64_t truncated_heads = 0;   ///< heads (or lines) longer than the 1 MiB buffer, read in part
    std::uint64_t unaligned_frames = 0;  ///< tshark fields: frames with several messages whose per-message
                                         ///< fields could not be told apart (left empty)
    bool stopped = false;                ///< request_stop() ended the reading early
    std::vector<std::string> capture_notes;  ///< captures: what was read, skipped and dropped (lines for stderr)
};

/** Raw text: a body longer than this is not skipped (its lines are read as text). */
inline constexpr std::size_t max_body_skip = std::size_t{1} << 20;

/** Reads every file ("-" or an empty list: standard input) as one trace, detecting the format of each
 *  (capture by magic number -> the capture reader; else raw SIP / tshark -V / tshark -T fields / ...).
 *  Throws usage_error (command "") when a file cannot be opened or read, before any message of it. */
input_summary read_trace(const std::vector<std::string_view>& files, const message_sink& sink);

/** For tests and fuzzing: reads `bytes` as read_trace reads a file (named "-"), with reads of at most
 *  `read_size` bytes and a buffer of `buffer_size` bytes (at least 4096), so blocks end anywhere. */
input_summary read_trace_bytes(std::string_view bytes, const message_sink& sink, std::size_t read_size,
                               std::size_t buffer_size = std::size_t{1} << 20);

/** Set from a SIGINT handler; readers stop at the next block and read_trace returns what it has. */
void request_stop() noexcept;
bool stop_requested() noexcept;

/** The notice when no message was found in N bytes, naming the likely causes (tshark one-line output,
 *  UTF-16, pdml, wrong file...); "" when messages were found. */
std::string zero_messages_notice(const input_summary& summary);

}  // namespace sipcode::cli::trace

#endif  // SIPCODE_CLI_TRACE_INPUT_HPP
