#include "input.hpp"

#include "capture.hpp"

#include "../common.hpp"
#include "sip_message.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>

namespace sipcode::cli::trace {
namespace {

// Counts one message found, by kind, in the summary every reader fills.
void count_message(input_summary& s, const message& m) {
    ++s.messages;
    if (m.type == message::kind::request) {
        ++s.requests;
    } else {
        ++s.responses;
        if (!m.status) ++s.malformed;
    }
}

volatile std::sig_atomic_t stop_flag = 0;

constexpr std::size_t block_size = std::size_t{1} << 20;
// Format detection waits for the first line, or this many bytes, or the end of the input.
constexpr std::size_t detect_size = std::size_t{1} << 12;

constexpr char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

bool istarts_with(std::string_view s, std::string_view prefix) noexcept {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (lower(s[i]) != lower(prefix[i])) return false;
    }
    return true;
}

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

std::string_view without_cr(std::string_view line) noexcept {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

std::uint64_t count_lf(std::string_view s) noexcept {
    return static_cast<std::uint64_t>(std::count(s.begin(), s.end(), '\n'));
}

// An optional "." and decimal fraction of a second at `i`, in ns (digits past the ninth are read
// and dropped); `i` goes past it.
std::int64_t fraction_ns(std::string_view s, std::size_t& i) noexcept {
    std::int64_t frac = 0;
    int digits = 0;
    if (i < s.size() && s[i] == '.') {
        for (++i; i < s.size() && is_digit(s[i]); ++i) {
            if (digits < 9) {
                frac = frac * 10 + (s[i] - '0');
                ++digits;
            }
        }
    }
    for (; digits < 9; ++digits) frac *= 10;
    return frac;
}

// "1764669600.123456789" (seconds since the epoch, as tshark prints them) in ns.
std::optional<std::int64_t> epoch_ns(std::string_view s) noexcept {
    std::size_t i = 0;
    std::int64_t sec = 0;
    const std::size_t first = i;
    for (; i < s.size() && is_digit(s[i]); ++i) {
        sec = sec * 10 + (s[i] - '0');
        if (sec > 9'000'000'000LL) return std::nullopt;  // far beyond any capture's date (and int64 ns)
    }
    if (i == first) return std::nullopt;
    const std::int64_t frac = fraction_ns(s, i);
    return sec * 1'000'000'000LL + frac;
}

bool parse_u64(std::string_view s, std::uint64_t& v) noexcept {
    if (s.empty() || s.size() > 19) return false;
    std::uint64_t x = 0;
    for (const char c : s) {
        if (!is_digit(c)) return false;
        x = x * 10 + static_cast<std::uint64_t>(c - '0');
    }
    v = x;
    return true;
}

// "192.0.2.1:5060", "[2001:db8::1]:5060", or the address alone when the port is unknown.
void join_address(std::string& out, std::string_view ip, std::string_view port) {
    out.clear();
    if (ip.empty()) return;
    const bool v6 = ip.find(':') != std::string_view::npos;
    if (v6 && !port.empty()) out += '[';
    out += ip;
    if (v6 && !port.empty()) out += ']';
    if (!port.empty()) {
        out += ':';
        out += port;
    }
}

// Days from 1970-01-01 to a civil date (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// "2026-12-02 10:00:00.123456" or "2026/12/02 10:00:00.123456" (or a tab or "T" between date and
// time) at `i`, read as UTC: ns since the epoch, and `i` just past it.
std::optional<std::int64_t> read_date_time(std::string_view s, std::size_t& i) noexcept {
    // YYYY?MM?DD?hh:mm:ss, 19 octets at fixed places, then an optional fraction.
    if (s.size() - i < 19) return std::nullopt;
    const char* p = s.data() + i;
    for (const int k : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (!is_digit(p[k])) return std::nullopt;
    }
    const bool date_sep = (p[4] == '-' && p[7] == '-') || (p[4] == '/' && p[7] == '/');
    if (!date_sep || (p[10] != ' ' && p[10] != '\t' && p[10] != 'T') || p[13] != ':' || p[16] != ':') {
        return std::nullopt;
    }
    const auto two = [&](int k) { return static_cast<unsigned>((p[k] - '0') * 10 + (p[k + 1] - '0')); };
    const auto y = static_cast<unsigned>((p[0] - '0') * 1000 + (p[1] - '0') * 100) + two(2);
    const unsigned mo = two(5), d = two(8), h = two(11), mi = two(14), sec = two(17);
    // Years whose times fit int64 ns (up to 2262).
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) {
        return std::nullopt;
    }
    i += 19;
    const std::int64_t frac = fraction_ns(s, i);
    const std::int64_t days = days_from_civil(y, mo, d);
    return ((days * 24 + h) * 60 + mi) * 60'000'000'000LL + sec * 1'000'000'000LL + frac;
}

// --- Reading files ----------------------------------------------------------------------------

std::string name_of_file(std::string_view path) { return path == "-" ? "standard input" : quoted(path); }

[[noreturn]] void fail_file(std::string_view what, std::string_view path) {
    throw usage_error{"", std::string(what) + " " + name_of_file(path) + ": " + std::strerror(errno), false};
}

// Where a reader's bytes come from: a file, or memory (tests, fuzzing).
class byte_source {
public:
    /** Up to `n` bytes; 0 at the end (or when a stop was requested during a wait). */
    virtual std::size_t read(char* dst, std::size_t n) = 0;

protected:
    ~byte_source() = default;
};

class file final : public byte_source {
public:
    explicit file(std::string_view path) : path_(path) {
        if (path == "-") {
            fd_ = STDIN_FILENO;
            return;
        }
        const std::string p(path);
        fd_ = ::open(p.c_str(), O_RDONLY);
        if (fd_ < 0) fail_file("cannot open", path);
        owned_ = true;
    }
    file(const file&) = delete;
    file& operator=(const file&) = delete;
    ~file() {
        if (owned_) ::close(fd_);
    }

    std::size_t read(char* dst, std::size_t n) override {
        for (;;) {
            const ssize_t got = ::read(fd_, dst, n);
            if (got >= 0) return static_cast<std::size_t>(got);
            if (errno == EINTR) {
                if (stop_requested()) return 0;
                continue;
            }
            fail_file("cannot read", path_);
        }
    }

private:
    std::string_view path_;
    int fd_ = -1;
    bool owned_ = false;
};

// --- Format detection -------------------------------------------------------------------------


// tshark's default output: "    1   0.000000    127.0.0.1 → 127.0.0.2    SIP 219 Request: ..."
bool looks_like_tshark_summary(std::string_view line) noexcept {
    std::size_t i = 0;
    const std::size_t n = line.size();
    auto spaces = [&] {
        const std::size_t s = i;
        while (i < n && (line[i] == ' ' || line[i] == '\t')) ++i;
        return i > s;
    };
    auto word = [&] {
        const std::size_t s = i;
        while (i < n && line[i] != ' ' && line[i] != '\t') ++i;
        return line.substr(s, i - s);
    };
    spaces();
    const std::string_view number = word();
    std::uint64_t v = 0;
    if (!parse_u64(number, v) || !spaces()) return false;
    std::string_view time = word();
    std::size_t at = 0;
    if (time.size() == 10 && read_date_time(std::string(time) + " 00:00:00", at)) {  // -t ad: date, then time
        if (!spaces()) return false;
        time = word();
    }
    if (time.empty() || !epoch_ns(time.front() == '-' ? time.substr(1) : time) || !spaces()) return false;
    if (word().empty() || !spaces()) return false;
    const std::string_view arrow = word();
    return arrow == "\xE2\x86\x92" || arrow == "->";
}

bool looks_like_utf16(std::string_view b) noexcept {
    if (starts_with(b, "\xFF\xFE") || starts_with(b, "\xFE\xFF")) return true;
    // No BOM: ASCII text in UTF-16 has a NUL in every other octet.
    if (b.size() < 8) return false;
    int even = 0;
    int odd = 0;
    for (std::size_t i = 0; i < 8; ++i) (i % 2 == 0 ? even : odd) += b[i] == '\0' ? 1 : 0;
    return (even == 4 && odd == 0) || (odd == 4 && even == 0);
}

bool looks_binary(std::string_view first_line) noexcept {
    static constexpr std::string_view magics[] = {"\x1F\x8B", "BZh", "\xFD\x37\x7A\x58\x5A", "\x28\xB5\x2F\xFD",
                                                  "PK\x03\x04"};
    for (const std::string_view m : magics) {
        if (starts_with(first_line, m)) return true;
    }
    return first_line.find('\0') != std::string_view::npos;
}

// tshark's field names: "frame.number", "sip.Call-ID", "_ws.col.Info".
bool is_field_name(std::string_view s) noexcept {
    if (s.empty() || s.find('.') == std::string_view::npos) return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '.' || c == '_' || c == '-';
        if (!ok) return false;
    }
    return true;
}

template <class F>
void split(std::string_view s, char sep, F&& each) {
    std::size_t pos = 0;
    for (;;) {
        const std::size_t k = s.find(sep, pos);
        each(s.substr(pos, k == std::string_view::npos ? std::string_view::npos : k - pos));
        if (k == std::string_view::npos) return;
        pos = k + 1;
    }
}

// --- The readers ------------------------------------------------------------------------------
//
// Each reader takes the buffered bytes of its file and returns how many it is done with; the rest is
// handed to it again, with more bytes after it. `at_end`: nothing follows. `full`: the buffer holds
// nothing else, so the reader must make progress (it cuts what does not fit).

class reader_base {
public:
    reader_base(std::string_view path, const message_sink& sink, input_summary& summary)
        : sink_(sink), summary_(summary) {
        msg_.seen.file = path;
    }

protected:
    void emit() {
        count_message(summary_, msg_);
        sink_(msg_);
    }

    const message_sink& sink_;
    input_summary& summary_;
    message msg_;
};

// `tshark -T fields -E header=y`: a header line naming the fields, then one line per frame, the
// fields separated by tabs, several values of one field (several messages in a frame) by ",".
class fields_reader : public reader_base {
public:
    using reader_base::reader_base;

    std::size_t process(std::string_view v, bool at_end, bool full) {
        const std::size_t n = v.size();
        std::size_t p = 0;
        for (;;) {
            if (p == n) return n;
            const auto* lf = static_cast<const char*>(std::memchr(v.data() + p, '\n', n - p));
            if (lf == nullptr && !at_end) {
                if (!(full && p == 0)) return p;
                drop_rest_of_line_ = true;  // a line longer than the buffer: no frame of SIP is
                return n;
            }
            const std::size_t line_end = lf != nullptr ? static_cast<std::size_t>(lf - v.data()) : n;
            const std::string_view line = without_cr(v.substr(p, line_end - p));
            if (drop_rest_of_line_) {
                drop_rest_of_line_ = false;
            } else if (!header_done_) {
                header(line);
            } else {
                row(line);
            }
            ++line_;
            p = lf != nullptr ? line_end + 1 : n;
        }
    }

    /** Starts at line `line` of its file (a header line found after other text). */
    void start_at(std::uint64_t line) { line_ = line; }

    /** The columns a header line names: true when it names at least one start-line field. */
    static bool is_header(std::string_view line) {
        bool names = true;
        bool start = false;
        split(line, '\t', [&](std::string_view name) {
            names = names && is_field_name(name);
            start = start || name == "sip.Request-Line" || name == "sip.Status-Line" || name == "sip.Method" ||
                    name == "sip.Status-Code";
        });
        return names && start;
    }

private:
    enum col : std::uint8_t {
        frame_number, time_epoch, ip_src, ip_dst, ipv6_src, ipv6_dst, udp_src, udp_dst, tcp_src, tcp_dst,
        icmp_type, icmpv6_type, request_line, status_line, method, status_code, call_id, cseq, cseq_seq,
        cseq_method, via_branch, from_tag, to_tag, rseq, col_count
    };
    // The fields sipcode reads (docs/trace-formats.md lists them), in the order of `col`.
    static constexpr std::string_view names_[col_count] = {
        "frame.number", "frame.time_epoch", "ip.src", "ip.dst", "ipv6.src", "ipv6.dst", "udp.srcport",
        "udp.dstport", "tcp.srcport", "tcp.dstport", "icmp.type", "icmpv6.type", "sip.Request-Line",
        "sip.Status-Line", "sip.Method", "sip.Status-Code", "sip.Call-ID", "sip.CSeq", "sip.CSeq.seq",
        "sip.CSeq.method", "sip.Via.branch", "sip.from.tag", "sip.to.tag", "sip.RSeq"};

    void header(std::string_view line) {
        header_done_ = true;
        index_.fill(-1);
        int i = 0;
        split(line, '\t', [&](std::string_view name) {
            for (std::size_t c = 0; c < col_count; ++c) {
                if (name == names_[c] && index_[c] < 0) index_[c] = i;
            }
            ++i;
        });
    }

    std::string_view cell(col c) const {
        const int i = index_[c];
        if (i < 0 || static_cast<std::size_t>(i) >= cells_.size()) return {};
        std::string_view s = cells_[static_cast<std::size_t>(i)];
        if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);  // -E quote=d
        return s;
    }

    // The last of the comma-separated values (the innermost header of a tunnel).
    std::string_view last_value(col c) const {
        const std::string_view s = cell(c);
        const std::size_t k = s.rfind(',');
        return k == std::string_view::npos ? s : s.substr(k + 1);
    }

    void row(std::string_view line) {
        cells_.clear();
        split(line, '\t', [&](std::string_view s) { cells_.push_back(s); });

        // The start lines of the frame's messages: requests, then responses.
        starts_.clear();
        std::size_t requests = 0;
        const std::string_view req = cell(request_line);
        const std::string_view resp = cell(status_line);
        if (!req.empty() || !resp.empty()) {
            for (std::size_t from = 0; from < req.size();) {  // each ends with "SIP/2.0"
                const std::size_t k = req.find("SIP/2.0,", from);
                const std::size_t end = k == std::string_view::npos ? req.size() : k + 7;
                starts_.push_back({req.substr(from, end - from), true});
                from = end + 1;
            }
            requests = starts_.size();
            for (std::size_t from = 0; from < resp.size();) {  // each starts with "SIP/2.0 "
                const std::size_t k = resp.find(",SIP/2.0 ", from);
                const std::size_t end = k == std::string_view::npos ? resp.size() : k;
                starts_.push_back({resp.substr(from, end - from), false});
                from = end + 1;
            }
        } else {
            const std::string_view m = cell(method);
            if (!m.empty()) split(m, ',', [&](std::string_view s) { starts_.push_back({s, true}); });
            requests = starts_.size();
            const std::string_view c = cell(status_code);
            if (!c.empty()) split(c, ',', [&](std::string_view s) { starts_.push_back({s, false}); });
        }
        const std::size_t count = starts_.size();
        if (count == 0) return;
        if (!cell(icmp_type).empty() || !cell(icmpv6_type).empty()) {
            summary_.icmp_quoted += count;  // the datagram an ICMP error quotes, not a message
            return;
        }

        std::uint64_t frame = 0;
        msg_.seen.frame = parse_u64(cell(frame_number), frame) ? frame : 0;
        msg_.seen.time_ns = epoch_ns(cell(time_epoch));
        const bool v6 = cell(ip_src).empty();
        const bool tcp = !cell(tcp_src).empty();
        join_address(src_, last_value(v6 ? ipv6_src : ip_src), last_value(tcp ? tcp_src : udp_src));
        join_address(dst_, last_value(v6 ? ipv6_dst : ip_dst), last_value(tcp ? tcp_dst : udp_dst));
        msg_.seen.src = src_;
        msg_.seen.dst = dst_;
        msg_.seen.transport = tcp ? "TCP" : (cell(udp_src).empty() ? "" : "UDP");
        msg_.seen.line = line_;

        // Per-message fields: by position when the frame holds one message, or messages of one kind
        // with exactly one value each; otherwise the order is unknown and they are left empty.
        const bool one_kind = requests == 0 || requests == count;
        bool unaligned = false;
        auto values = [&](col c, std::vector<std::string_view>& out) {
            out.clear();
            const std::string_view s = cell(c);
            if (s.empty()) return;
            split(s, ',', [&](std::string_view x) { out.push_back(x); });
            if (count > 1 && (!one_kind || out.size() != count)) {
                unaligned = true;
                out.clear();
            }
        };
        for (std::size_t c = 0; c < per_message_count; ++c) values(per_message_[c], values_[c]);
        if (unaligned) ++summary_.unaligned_frames;

        for (std::size_t i = 0; i < count; ++i) {
            const start s = starts_[i];
            if (req.empty() && resp.empty()) {
                start_from_fields(s);
            } else {
                read_sip_head(s.text, msg_, true);
                msg_.head = {};
            }
            auto value = [&](std::size_t c) -> std::string_view {
                const std::vector<std::string_view>& vs = values_[c];
                if (vs.empty()) return {};
                return count == 1 ? vs.front() : vs[i];
            };
            msg_.call_id = value(0);
            std::uint64_t number = 0;
            if (parse_u64(value(1), number) && number <= 0xFFFFFFFFU) msg_.cseq_number = static_cast<std::uint32_t>(number);
            msg_.cseq_method = value(2);
            if (!value(3).empty()) {  // sip.CSeq: "1 INVITE"
                const std::string_view whole = value(3);
                const std::size_t sp = whole.find(' ');
                if (sp != std::string_view::npos && parse_u64(whole.substr(0, sp), number) && number <= 0xFFFFFFFFU) {
                    msg_.cseq_number = static_cast<std::uint32_t>(number);
                    msg_.cseq_method = whole.substr(sp + 1);
                }
            }
            msg_.via_branch = value(4);
            msg_.from_tag = value(5);
            msg_.to_tag = value(6);
            if (parse_u64(value(7), number) && number <= 0xFFFFFFFFU) msg_.rseq = static_cast<std::uint32_t>(number);
            emit();
        }
    }

    struct start {
        std::string_view text;
        bool request;
    };

    // A message known only by sip.Method or sip.Status-Code.
    void start_from_fields(const start& s) {
        message fresh;
        fresh.seen = msg_.seen;
        msg_ = fresh;
        if (s.request) {
            msg_.type = message::kind::request;
            msg_.method = s.text;
            return;
        }
        msg_.type = message::kind::response;
        std::uint64_t code = 0;
        msg_.status.line.version = "SIP/2.0";
        if (s.text.size() == 3 && parse_u64(s.text, code) && code >= 100 && code <= 699) {
            msg_.status.line.code = static_cast<std::uint16_t>(code);
            msg_.status.ec = parse_errc::ok;
        } else {
            msg_.status.ec = parse_errc::code_out_of_range;
        }
    }

    static constexpr std::size_t per_message_count = 8;
    static constexpr col per_message_[per_message_count] = {call_id, cseq_seq, cseq_method, cseq,
                                                            via_branch, from_tag, to_tag, rseq};

    std::array<int, col_count> index_{};
    bool header_done_ = false;
    bool drop_rest_of_line_ = false;
    std::uint64_t line_ = 1;
    std::vector<std::string_view> cells_;
    std::vector<start> starts_;
    std::array<std::vector<std::string_view>, per_message_count> values_;
    std::string src_, dst_;
};

// `tshark -V`: frames, each a tree of protocols at column 0 and their fields indented by 4 per level.
class verbose_reader : public reader_base {
public:
    using reader_base::reader_base;

    std::size_t process(std::string_view v, bool at_end, bool full) {
        const std::size_t n = v.size();
        std::size_t p = 0;
        for (;;) {
            if (p == n && at_end) {
                finish_message();
                return n;
            }
            const auto* lf = p == n ? nullptr : static_cast<const char*>(std::memchr(v.data() + p, '\n', n - p));
            if (lf == nullptr && !at_end) {
                if (state_ != state::outside) {
                    // The views of a SIP tree point into this block: read the tree again from its start
                    // with the next bytes, unless it fills the whole buffer.
                    if (!(full && tree_start_ == 0)) {
                        state_ = state::outside;
                        line_ = tree_line_;
                        return tree_start_;
                    }
                    finish_message();
                }
                if (full && p == 0) drop_rest_of_line_ = true;  // a line longer than the buffer
                return full && p == 0 ? n : p;
            }
            const std::size_t line_end = lf != nullptr ? static_cast<std::size_t>(lf - v.data()) : n;
            if (drop_rest_of_line_) {
                drop_rest_of_line_ = false;
            } else {
                line(without_cr(v.substr(p, line_end - p)), p);
            }
            ++line_;
            p = lf != nullptr ? line_end + 1 : n;
        }
    }

private:
    enum class state : std::uint8_t { outside, sip, sip_headers };

    void line(std::string_view l, std::size_t pos) {
        std::size_t indent = 0;
        while (indent < l.size() && l[indent] == ' ') ++indent;
        const std::string_view text = l.substr(indent);
        if (text.empty()) {
            finish_message();
            return;
        }
        if (indent == 0) {
            finish_message();
            top_level(text, pos);
            return;
        }
        if (state_ == state::outside) {
            if (indent == 4 && in_frame_tree_) frame_field(text);
            return;
        }
        if (indent == 4) {
            if (starts_with(text, "Request-Line: ") || starts_with(text, "Status-Line: ")) {
                const std::string_view start = text.substr(text.find(' ') + 1);
                if (read_sip_head(start, msg_, true).status == head_status::complete) {
                    msg_.head = {};
                    has_start_ = true;
                    start_line_ = line_;
                }
            } else if (text == "Message Header") {
                state_ = state::sip_headers;
            } else if (state_ == state::sip_headers) {
                finish_message();  // "Message Body" and whatever follows the header fields
            }
        } else if (indent == 8 && state_ == state::sip_headers && has_start_) {
            // tshark cuts a field longer than 240 octets and marks it "[truncated]"; its start still counts.
            constexpr std::string_view cut = "[truncated]";
            fields_.field(starts_with(text, cut) ? text.substr(cut.size()) : text, msg_);
        }
    }

    void top_level(std::string_view text, std::size_t pos) {
        in_frame_tree_ = false;
        if (starts_with(text, "Frame ")) {
            std::size_t i = 6;
            while (i < text.size() && is_digit(text[i])) ++i;
            std::uint64_t frame = 0;
            if (i < text.size() && text[i] == ':' && parse_u64(text.substr(6, i - 6), frame)) {
                frame_ = frame;
                time_.reset();
                src_ip_.clear();
                dst_ip_.clear();
                src_port_.clear();
                dst_port_.clear();
                transport_ = {};
                icmp_ = false;
                in_frame_tree_ = true;
            }
        } else if (starts_with(text, "Internet Protocol Version 4, Src: ") ||
                   starts_with(text, "Internet Protocol Version 6, Src: ")) {
            if (!icmp_) pair(text.substr(text.find("Src: ")), "Src: ", "Dst: ", src_ip_, dst_ip_);
        } else if (starts_with(text, "User Datagram Protocol, ") || starts_with(text, "Transmission Control Protocol, ")) {
            if (!icmp_) {
                transport_ = text[0] == 'U' ? "UDP" : "TCP";
                pair(text.substr(text.find(',') + 2), "Src Port: ", "Dst Port: ", src_port_, dst_port_);
            }
        } else if (starts_with(text, "Internet Control Message Protocol")) {
            icmp_ = true;  // what follows in this frame is the datagram the ICMP error quotes
        } else if (starts_with(text, "Session Initiation Protocol")) {
            if (icmp_) {
                ++summary_.icmp_quoted;
                return;
            }
            state_ = state::sip;
            tree_start_ = pos;
            tree_line_ = line_;
            has_start_ = false;
            fields_ = header_fields{};
        }
    }

    // "Src: A, Dst: B": A and B.
    static void pair(std::string_view text, std::string_view a, std::string_view b, std::string& x, std::string& y) {
        if (!starts_with(text, a)) return;
        const std::size_t comma = text.find(", " + std::string(b));
        if (comma == std::string_view::npos) return;
        x.assign(text.substr(a.size(), comma - a.size()));
        std::string_view rest = text.substr(comma + 2 + b.size());
        rest = rest.substr(0, rest.find(','));
        y.assign(rest);
    }

    void frame_field(std::string_view text) {
        for (const std::string_view key : {std::string_view("Epoch Time: "), std::string_view("Epoch Arrival Time: ")}) {
            if (starts_with(text, key)) time_ = epoch_ns(text.substr(key.size()));
        }
    }

    void finish_message() {
        if (state_ == state::outside) return;
        state_ = state::outside;
        if (!has_start_) return;
        has_start_ = false;
        join_address(src_, src_ip_, src_port_);
        join_address(dst_, dst_ip_, dst_port_);
        msg_.seen.frame = frame_;
        msg_.seen.time_ns = time_;
        msg_.seen.src = src_;
        msg_.seen.dst = dst_;
        msg_.seen.transport = transport_;
        msg_.seen.line = start_line_;
        emit();
    }

    state state_ = state::outside;
    bool drop_rest_of_line_ = false;
    std::uint64_t line_ = 1;
    std::size_t tree_start_ = 0;
    std::uint64_t tree_line_ = 1;
    std::uint64_t start_line_ = 0;
    bool has_start_ = false;
    bool in_frame_tree_ = false;
    bool icmp_ = false;
    header_fields fields_;
    std::uint64_t frame_ = 0;
    std::optional<std::int64_t> time_;
    std::string src_ip_, dst_ip_, src_port_, dst_port_, src_, dst_;
    std::string_view transport_;
};

// Raw SIP messages among other text.
class raw_reader : public reader_base {
public:
    using reader_base::reader_base;

    std::size_t process(std::string_view v, bool at_end, bool full) {
        if (fields_) return fields_->process(v, at_end, full);
        const std::size_t n = v.size();
        std::size_t p = 0;
        for (;;) {
            if (body_left_ > 0) p = skip_body(v, p);
            if (body_left_ > 0) return n;
            if (p == n) return n;
            const auto* lf = static_cast<const char*>(std::memchr(v.data() + p, '\n', n - p));
            if (lf == nullptr && !at_end) {
                if (!(full && p == 0)) return p;
                // One line fills the buffer: no start line is that long; drop it up to its end (and
                // count it once, where it is the rest of a head cut already).
                if (!drop_rest_of_line_) ++summary_.truncated_heads;
                drop_rest_of_line_ = true;
                return n;
            }
            if (drop_rest_of_line_) {
                drop_rest_of_line_ = false;
                p = lf != nullptr ? static_cast<std::size_t>(lf - v.data()) + 1 : n;
                if (lf != nullptr) ++line_;
                continue;
            }
            const std::size_t line_end = lf != nullptr ? static_cast<std::size_t>(lf - v.data()) : n;
            const std::string_view line = without_cr(v.substr(p, line_end - p));
            if (!line.empty() && (line[0] == '-' || is_digit(line[0]))) origin_line(line);
            // A header line of field names starts with a lower-case protocol name ("frame.", "sip.").
            const bool lower_case = !line.empty() && ((line[0] >= 'a' && line[0] <= 'z') || line[0] == '_');
            if (lower_case && line.find('\t') != std::string_view::npos && fields_reader::is_header(line)) {
                // `tshark -T fields -E header=y` output after other text: read the rest as that.
                fields_.emplace(msg_.seen.file, sink_, summary_);
                fields_->start_at(line_);
                ++summary_.files[static_cast<std::size_t>(trace_format::tshark_fields)];
                return p + fields_->process(v.substr(p), at_end, full && p == 0);
            }
            if (is_candidate(line)) {
                const std::size_t next = message_at(v, p, line, at_end, full);
                if (next == npos) return p;  // the head goes on in the next block
                if (next != p) {
                    p = next;
                    continue;
                }
            }
            if (lf == nullptr) return n;
            ++line_;
            p = line_end + 1;
        }
    }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    // The lines that SIPp -trace_msg and sngrep's text export write before each message:
    //   "----------------------------------------------- 2026-12-02 20:07:10.140656"  (SIPp)
    //   "2026/12/02 20:07:10.140656 127.0.0.1:5091 -> 127.0.0.1:5090"                (sngrep)
    // Their time (local time where they were written, read as UTC) and addresses go to the next message.
    void origin_line(std::string_view line) {
        std::size_t i = 0;
        if (line[0] == '-') {
            while (i < line.size() && line[i] == '-') ++i;
            if (i < 10 || i == line.size() || line[i] != ' ') return;
            ++i;
            const std::optional<std::int64_t> t = read_date_time(line, i);
            if (!t) return;
            pending_time_ = t;
            pending_src_.clear();
            pending_dst_.clear();
            return;
        }
        const std::optional<std::int64_t> t = read_date_time(line, i);
        if (!t || i == line.size() || line[i] != ' ') return;
        const std::string_view rest = line.substr(i + 1);
        const std::size_t arrow = rest.find(" -> ");
        if (arrow == std::string_view::npos || arrow == 0) return;
        const std::string_view src = rest.substr(0, arrow);
        const std::string_view dst = rest.substr(arrow + 4);
        if (dst.empty() || src.find(' ') != std::string_view::npos || dst.find(' ') != std::string_view::npos) return;
        pending_time_ = t;
        pending_src_.assign(src);
        pending_dst_.assign(dst);
    }

    void emit_with_origin() {
        msg_.seen.time_ns = pending_time_;
        msg_.seen.src = pending_src_;
        msg_.seen.dst = pending_dst_;
        emit();
        pending_time_.reset();
        pending_src_.clear();
        pending_dst_.clear();
    }

    // A line that may start a message: "SIP/" at its start, or "SIP/2.0" at its end.
    static bool is_candidate(std::string_view line) noexcept {
        if (line.size() < 7) return false;
        if (istarts_with(line, "SIP/")) return true;
        std::size_t e = line.size();
        while (e > 0 && (line[e - 1] == ' ' || line[e - 1] == '\t')) --e;
        return e >= 7 && istarts_with(line.substr(e - 7), "SIP/2.0");
    }

    // The message whose start line is at `p`: emits it and returns where the text goes on; `p` when
    // it is no message; npos when more bytes are needed.
    std::size_t message_at(std::string_view v, std::size_t p, std::string_view line, bool at_end, bool full) {
        // `tshark -T fields -e sip.Status-Line` joins the status lines of one frame with ",".
        if (istarts_with(line, "SIP/") && line.find(",SIP/2.0 ") != std::string_view::npos) {
            std::size_t from = 0;
            for (;;) {
                const std::size_t k = line.find(",SIP/2.0 ", from);
                const std::string_view piece = line.substr(from, k == std::string_view::npos ? k : k - from);
                read_sip_head(piece, msg_, true);
                msg_.seen.line = line_;
                emit_with_origin();
                if (k == std::string_view::npos) break;
                from = k + 1;
            }
            // Step over the line.
            const std::size_t end = static_cast<std::size_t>(line.data() - v.data()) + line.size();
            const auto* lf = static_cast<const char*>(std::memchr(v.data() + end, '\n', v.size() - end));
            if (lf == nullptr) return v.size();
            ++line_;
            return static_cast<std::size_t>(lf - v.data()) + 1;
        }
        const std::string_view rest = v.substr(p);
        sip_head h = read_sip_head(rest, msg_, at_end);
        if (h.status == head_status::incomplete) {
            if (!(full && p == 0)) return npos;
            h = read_sip_head(rest, msg_, true);  // a head that fills the buffer: read what there is
            ++summary_.truncated_heads;
            if (!v.empty() && v.back() != '\n') drop_rest_of_line_ = true;
        }
        if (h.status != head_status::complete) return p;
        msg_.seen.line = line_;
        emit_with_origin();
        // How the start line ended tells whether the log kept the CRLFs that Content-Length counts.
        const std::size_t after_start = static_cast<std::size_t>(msg_.start_line.data() - v.data()) + msg_.start_line.size();
        const bool bare_lf = after_start < v.size() && v[after_start] == '\n';
        line_ += h.line_feeds;
        if (h.blank_line && h.content_length && *h.content_length > 0) {
            if (*h.content_length > max_body_skip) {
                ++summary_.long_bodies;
            } else {
                body_left_ = *h.content_length;
                body_bare_lf_ = bare_lf;
                last_was_cr_ = false;
            }
        }
        return p + h.head_size;
    }

    // Steps over body_left_ bytes of body from `p`. When the head's lines ended in a bare LF, the log
    // dropped the CRs, so a bare LF stands for the two octets of a CRLF.
    std::size_t skip_body(std::string_view v, std::size_t p) {
        const std::size_t n = v.size();
        if (!body_bare_lf_) {
            const std::size_t take = std::min(body_left_, n - p);
            line_ += count_lf(v.substr(p, take));
            body_left_ -= take;
            return p + take;
        }
        while (body_left_ > 0 && p < n) {
            const auto* lf = static_cast<const char*>(std::memchr(v.data() + p, '\n', n - p));
            const std::size_t seg = (lf != nullptr ? static_cast<std::size_t>(lf - v.data()) : n) - p;
            if (seg >= body_left_) {
                p += body_left_;
                body_left_ = 0;
                break;
            }
            body_left_ -= seg;
            p += seg;
            if (lf == nullptr) {
                last_was_cr_ = seg > 0 ? v[p - 1] == '\r' : last_was_cr_;
                break;
            }
            const bool had_cr = seg > 0 ? v[p - 1] == '\r' : last_was_cr_;
            const std::size_t cost = had_cr ? 1 : 2;
            body_left_ -= std::min(cost, body_left_);
            ++line_;
            ++p;
            last_was_cr_ = false;
        }
        return p;
    }

    std::uint64_t line_ = 1;  // the line number at the reader's position
    std::optional<fields_reader> fields_;  // after a `tshark -T fields` header line
    std::optional<std::int64_t> pending_time_;
    std::string pending_src_, pending_dst_;
    std::size_t body_left_ = 0;
    bool body_bare_lf_ = false;
    bool last_was_cr_ = false;
    bool drop_rest_of_line_ = false;
};

// --- Driving a reader over one file -------------------------------------------------------------

// Hands out a string in reads of at most `step` bytes, so that blocks end anywhere.
class memory_source final : public byte_source {
public:
    memory_source(std::string_view bytes, std::size_t step) : rest_(bytes), step_(step == 0 ? 1 : step) {}
    std::size_t read(char* dst, std::size_t n) override {
        const std::size_t k = std::min({n, step_, rest_.size()});
        rest_.copy(dst, k);
        rest_.remove_prefix(k);
        return k;
    }

private:
    std::string_view rest_;
    std::size_t step_;
};

class block_buffer {
public:
    block_buffer(byte_source& f, input_summary& s, std::size_t capacity) : f_(f), s_(s), data_(capacity) {}

    /** Reads more after what is kept; false when nothing was added (end of input or stop). */
    bool fill(std::size_t up_to) {
        if (eof_ || end_ >= up_to) return false;
        const std::size_t got = f_.read(data_.data() + end_, up_to - end_);
        if (got == 0) {
            eof_ = true;
            return false;
        }
        end_ += got;
        s_.bytes += got;
        return true;
    }
    /** Drops the first `n` bytes. */
    void consume(std::size_t n) {
        std::memmove(data_.data(), data_.data() + n, end_ - n);
        end_ -= n;
    }
    std::string_view bytes() const { return {data_.data(), end_}; }
    bool eof() const { return eof_; }
    bool full() const { return end_ == data_.size(); }
    std::size_t capacity() const { return data_.size(); }

private:
    byte_source& f_;
    input_summary& s_;
    std::vector<char> data_;
    std::size_t end_ = 0;
    bool eof_ = false;
};

template <class Reader>
void drive(Reader& r, block_buffer& buf, input_summary& s) {
    for (;;) {
        if (stop_requested()) {
            s.stopped = true;
            return;
        }
        buf.fill(buf.capacity());
        const std::size_t done = r.process(buf.bytes(), buf.eof(), buf.full());
        if (buf.eof()) return;
        buf.consume(done);
    }
}

void drain(block_buffer& buf, input_summary& s) {
    for (;;) {
        if (stop_requested()) {
            s.stopped = true;
            return;
        }
        buf.consume(buf.bytes().size());
        if (!buf.fill(buf.capacity())) return;
    }
}

trace_format detect(std::string_view first, bool at_end) {
    if (first.empty()) return at_end ? trace_format::empty : trace_format::raw_sip;
    if (looks_like_capture(first)) return trace_format::capture;
    if (looks_like_utf16(first)) return trace_format::utf16;
    const std::size_t lf = first.find('\n');
    const std::string_view line = without_cr(first.substr(0, lf));
    if (looks_binary(line)) return trace_format::binary;
    if (starts_with(line, "<?xml") || starts_with(line, "<pdml")) return trace_format::pdml;
    if (starts_with(line, "Frame ") || starts_with(line, "Session Initiation Protocol")) {
        return trace_format::tshark_verbose;
    }
    if (line == "[" || starts_with(line, "{\"index\"")) return trace_format::json;  // tshark -T json, -T ek
    if (fields_reader::is_header(line)) return trace_format::tshark_fields;
    if (looks_like_tshark_summary(line)) return trace_format::tshark_summary;
    return trace_format::raw_sip;
}

void read_source(byte_source& f, std::string_view path, const message_sink& sink, input_summary& s,
                 std::size_t capacity) {
    block_buffer buf(f, s, std::max(capacity, detect_size));
    // Enough bytes to tell the format: the first line, or detect_size bytes, or all there is.
    while (buf.bytes().find('\n') == std::string_view::npos && buf.fill(detect_size)) {
    }
    if (starts_with(buf.bytes(), "\xEF\xBB\xBF")) buf.consume(3);  // a UTF-8 byte order mark
    const trace_format format = detect(buf.bytes(), buf.eof());
    ++s.files[static_cast<std::size_t>(format)];
    switch (format) {
    case trace_format::raw_sip: {
        raw_reader r(path, sink, s);
        drive(r, buf, s);
        return;
    }
    case trace_format::tshark_verbose: {
        verbose_reader r(path, sink, s);
        drive(r, buf, s);
        return;
    }
    case trace_format::tshark_fields: {
        fields_reader r(path, sink, s);
        drive(r, buf, s);
        return;
    }
    case trace_format::capture: {
        const std::string peeked(buf.bytes());
        const message_sink counted = [&](const message& m) {
            message seen = m;
            seen.seen.file = path;
            count_message(s, seen);
            sink(seen);
        };
        capture_summary c;
        try {
            c = read_capture(
                peeked, [&f](char* dst, std::size_t n) { return f.read(dst, n); }, counted, stop_requested);
        } catch (const capture_error& e) {
            throw usage_error{"", "cannot read " + name_of_file(path) + ": " + e.what(), false};
        }
        s.bytes += c.bytes - peeked.size();
        for (std::string& line : c.describe()) {  // "capture: ..." -> "capture \"a.pcap\": ..."
            if (line.compare(0, 8, "capture:") == 0) line.insert(7, " " + name_of_file(path));
            s.capture_notes.push_back(std::move(line));
        }
        if (stop_requested()) s.stopped = true;
        return;
    }
    case trace_format::empty:
    case trace_format::tshark_summary:
    case trace_format::pdml:
    case trace_format::utf16:
    case trace_format::json:
    case trace_format::binary: drain(buf, s); return;
    }
}

}  // namespace

void request_stop() noexcept { stop_flag = 1; }
bool stop_requested() noexcept { return stop_flag != 0; }

std::string_view describe(trace_format f) noexcept {
    switch (f) {
    case trace_format::raw_sip: return "raw SIP text";
    case trace_format::tshark_verbose: return "tshark -V";
    case trace_format::tshark_fields: return "tshark -T fields";
    case trace_format::capture: return "packet capture";
    case trace_format::empty: return "empty";
    case trace_format::tshark_summary: return "tshark one-line summary";
    case trace_format::pdml: return "tshark -T pdml";
    case trace_format::utf16: return "UTF-16 text";
    case trace_format::json: return "tshark -T json";
    case trace_format::binary: return "binary";
    }
    return "unknown";
}

input_summary read_trace(const std::vector<std::string_view>& files, const message_sink& sink) {
    static const std::vector<std::string_view> standard_input = {"-"};
    const std::vector<std::string_view>& paths = files.empty() ? standard_input : files;
    for (const std::string_view path : paths) {
        if (path != "-") file check(path);  // every file opens, before any is read
    }
    input_summary s;
    for (const std::string_view path : paths) {
        if (stop_requested()) break;
        file f(path);
        read_source(f, path, sink, s, block_size);
    }
    if (stop_requested()) s.stopped = true;
    return s;
}

input_summary read_trace_bytes(std::string_view bytes, const message_sink& sink, std::size_t read_size,
                               std::size_t buffer_size) {
    input_summary s;
    memory_source source(bytes, read_size);
    read_source(source, "-", sink, s, buffer_size);
    return s;
}

std::string zero_messages_notice(const input_summary& s) {
    if (s.messages > 0) return {};
    const auto seen = [&](trace_format f) { return s.files[static_cast<std::size_t>(f)] > 0; };
    std::string text = "no SIP message found in " + std::to_string(s.bytes) + (s.bytes == 1 ? " byte" : " bytes");
    std::vector<std::string> causes;
    if (seen(trace_format::tshark_summary)) {
        causes.emplace_back(
            "tshark's one-line summary (tshark -r FILE) holds no SIP header fields: use tshark -V, or "
            "tshark -T fields -E header=y with the fields docs/trace-formats.md lists");
    }
    if (seen(trace_format::pdml)) causes.emplace_back("tshark -T pdml (XML) is not read: use tshark -V or -T fields");
    if (seen(trace_format::json)) causes.emplace_back("tshark -T json or -T ek is not read: use tshark -V or -T fields");
    if (seen(trace_format::utf16)) {
        causes.emplace_back("the input is UTF-16: convert it first (iconv -f UTF-16 -t UTF-8)");
    }
    if (seen(trace_format::binary)) {
        causes.emplace_back("the input is binary (compressed? decompress it first, e.g. with zcat)");
    }
    if (seen(trace_format::tshark_fields)) {
        causes.emplace_back("the tshark -T fields lines hold no sip.Request-Line, sip.Status-Line, sip.Method or "
                            "sip.Status-Code value");
    }
    if (seen(trace_format::tshark_verbose)) causes.emplace_back("the tshark -V output shows no Session Initiation Protocol");
    if (s.icmp_quoted > 0) {
        causes.emplace_back(std::to_string(s.icmp_quoted) + " SIP message(s) quoted in ICMP errors were not counted");
    }
    if (seen(trace_format::raw_sip) && s.bytes > 0) {
        causes.emplace_back(
            "no line starts a SIP message (a status line \"SIP/2.0 ...\" or a request line ending in \"SIP/2.0\"); "
            "is it the right file?");
    }
    if (causes.empty() && s.bytes == 0) causes.emplace_back("the input is empty");
    for (std::size_t i = 0; i < causes.size(); ++i) text += (i == 0 ? ": " : "; ") + causes[i];
    return text;
}

}  // namespace sipcode::cli::trace
