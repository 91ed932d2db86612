#include "sip_message.hpp"

#include <sipcode/field_value.hpp>
#include <sipcode/parse.hpp>

#include <cstring>

namespace sipcode::cli::trace {
namespace {

// RFC 3261 s25.1 token characters: the library's one octet table. The public headers offer no token
// predicate, so this is the one place the CLI reads sipcode::detail.
bool is_token_char(char c) noexcept { return sipcode::detail::is_token_char(static_cast<unsigned char>(c)); }
constexpr bool is_ws(char c) noexcept { return c == ' ' || c == '\t'; }
constexpr bool is_lws(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr char lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c; }

std::string_view without_cr(std::string_view line) noexcept {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    return line;
}

// Whitespace, CRs and LFs (of line folds) off both ends.
std::string_view trim(std::string_view v) noexcept {
    std::size_t b = 0;
    std::size_t e = v.size();
    while (b < e && is_lws(v[b])) ++b;
    while (e > b && is_lws(v[e - 1])) --e;
    return v.substr(b, e - b);
}

bool starts_with_sip_slash(std::string_view line) noexcept {
    return line.size() >= 4 && lower(line[0]) == 's' && lower(line[1]) == 'i' && lower(line[2]) == 'p' &&
           line[3] == '/';
}

bool is_sip_2_0(std::string_view s) noexcept { return s.size() == 7 && starts_with_sip_slash(s) && s.substr(4) == "2.0"; }

// Method SP Request-URI SP SIP-Version, `line` without its line ending. Lenient: runs of SP/HTAB
// between the elements and after the version. The Request-URI is any run of printable octets that
// holds a ":" (every SIP-URI, SIPS-URI and absoluteURI does, RFC 3261 s25.1).
bool read_request_line(std::string_view line, std::string_view& method) noexcept {
    const std::size_t n = line.size();
    std::size_t i = 0;
    while (i < n && is_token_char(line[i])) ++i;
    if (i == 0 || i == n || !is_ws(line[i])) return false;
    method = line.substr(0, i);
    while (i < n && is_ws(line[i])) ++i;
    const std::size_t uri = i;
    bool colon = false;
    for (; i < n && !is_ws(line[i]); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c < 0x20 || c == 0x7F) return false;
        colon = colon || c == ':';
    }
    if (i == uri || !colon || i == n) return false;
    while (i < n && is_ws(line[i])) ++i;
    std::size_t e = n;
    while (e > i && is_ws(line[e - 1])) --e;
    return is_sip_2_0(line.substr(i, e - i));
}

// 1*DIGIT at the start of `v` (after whitespace) up to `limit`; false for anything else but
// trailing whitespace when `whole`, or a number above `limit`.
template <class T>
bool read_number(std::string_view v, std::uint64_t limit, T& value, std::size_t& end) noexcept {
    std::size_t i = 0;
    while (i < v.size() && is_lws(v[i])) ++i;
    const std::size_t first = i;
    std::uint64_t x = 0;
    for (; i < v.size() && is_digit(v[i]); ++i) {
        x = x * 10U + static_cast<std::uint64_t>(v[i] - '0');
        if (x > limit) return false;
    }
    if (i == first) return false;
    value = static_cast<T>(x);
    end = i;
    return true;
}

template <class T>
bool read_whole_number(std::string_view v, std::uint64_t limit, T& value) noexcept {
    std::size_t end = 0;
    T x{};
    if (!read_number(v, limit, x, end)) return false;
    if (!trim(v.substr(end)).empty()) return false;
    value = x;
    return true;
}

// CSeq = 1*DIGIT LWS Method (RFC 3261 s20.16).
void read_cseq(std::string_view v, message& out) noexcept {
    std::uint32_t number = 0;
    std::size_t i = 0;
    if (!read_number(v, 0xFFFFFFFFU, number, i)) return;
    const std::size_t digits_end = i;
    while (i < v.size() && is_lws(v[i])) ++i;
    if (i == digits_end) return;
    const std::size_t m = i;
    while (i < v.size() && is_token_char(v[i])) ++i;
    if (i == m || !trim(v.substr(i)).empty()) return;
    out.cseq_number = number;
    out.cseq_method = v.substr(m, i - m);
}

// The value of parameter `name` among the `*(SEMI generic-param)` that start at `params`. Its ";" is
// found by the name after it, and the library's field-value lexer (param_list) reads the parameter
// there. A quoted value may hold a ";" or a name: after a DQUOTE every parameter is read in turn.
// A "," ends the parameters (the next value of a list).
std::string_view param_value(std::string_view params, std::string_view name) noexcept {
    const std::size_t n = params.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char c = params[i];
        if (c == '"') {
            const param_list::lookup found = param_list(params).find(name);
            return found.found ? found.param.value : std::string_view();
        }
        if (c == ',') return {};
        if (c != ';') continue;
        std::size_t j = i + 1;
        while (j < n && is_lws(params[j])) ++j;
        if (n - j < name.size() || !iequals(params.substr(j, name.size()), name)) continue;
        std::size_t k = j + name.size();
        if (k < n && is_token_char(params[k])) continue;  // a longer name
        // The usual shape, "name=token": the token ends at the first octet the one lexer table says
        // is no token character, as the library's lexer reads it. Anything else (a quoted string,
        // an IPv6 reference, a line fold) goes to param_list.
        if (k + 1 < n && params[k] == '=' && is_token_char(params[k + 1])) {
            std::size_t e = k + 1;
            while (e < n && is_token_char(params[e])) ++e;
            return params.substr(k + 1, e - k - 1);
        }
        const param_list one(params.substr(i));
        const auto it = one.begin();
        if (it != one.end() && iequals(it->name, name)) return it->value;
    }
    return {};
}

// The topmost Via value's branch (RFC 3261 s20.42): the parameters start at the first ";" (sent-by
// holds none), unless a "," ends the first value before.
std::string_view via_branch(std::string_view v) noexcept {
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == ',') return {};
        if (v[i] == ';') return param_value(v.substr(i), "branch");
    }
    return {};
}

// The tag of a From or To value (RFC 3261 s20.20, s20.39): name-addr or addr-spec, then parameters.
// With angle brackets the parameters follow the ">"; without them the URI holds no ";" (s20), so
// they start at the first one. A display-name may be a quoted string holding "<", ";" or "\"".
std::string_view tag_of(std::string_view v) noexcept {
    bool quoted = false;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (quoted) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                quoted = false;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == '<') {
            const auto* gt = static_cast<const char*>(std::memchr(v.data() + i, '>', v.size() - i));
            if (gt == nullptr) return {};
            return param_value(v.substr(static_cast<std::size_t>(gt - v.data()) + 1), "tag");
        } else if (c == ';') {
            return param_value(v.substr(i), "tag");
        }
    }
    return {};
}

enum class field_id : std::uint8_t { other, call_id, cseq, via, from, to, rseq, content_length, count };

// The field a name stands for, long or compact form (RFC 3261 s7.3.3), case-insensitively.
field_id field_of(std::string_view name) noexcept {
    switch (name.size()) {
    case 1:
        switch (lower(name[0])) {
        case 'i': return field_id::call_id;
        case 'v': return field_id::via;
        case 'f': return field_id::from;
        case 't': return field_id::to;
        case 'l': return field_id::content_length;
        default: return field_id::other;
        }
    case 2: return iequals(name, "To") ? field_id::to : field_id::other;
    case 3: return iequals(name, "Via") ? field_id::via : field_id::other;
    case 4:
        if (iequals(name, "CSeq")) return field_id::cseq;
        if (iequals(name, "From")) return field_id::from;
        if (iequals(name, "RSeq")) return field_id::rseq;
        return field_id::other;
    case 7: return iequals(name, "Call-ID") ? field_id::call_id : field_id::other;
    case 14: return iequals(name, "Content-Length") ? field_id::content_length : field_id::other;
    default: return field_id::other;
    }
}

void take(field_id f, std::string_view value, message& out, sip_head& h) noexcept {
    switch (f) {
    case field_id::call_id: out.call_id = trim(value); break;
    case field_id::cseq: read_cseq(value, out); break;
    case field_id::via: out.via_branch = via_branch(value); break;
    case field_id::from: out.from_tag = tag_of(value); break;
    case field_id::to: out.to_tag = tag_of(value); break;
    case field_id::rseq: {
        std::uint32_t n = 0;
        if (read_whole_number(value, 0xFFFFFFFFU, n)) out.rseq = n;
        break;
    }
    case field_id::content_length: {
        std::size_t n = 0;
        if (read_whole_number(value, 0xFFFFFFFFFFFFULL, n)) h.content_length = n;
        break;
    }
    case field_id::other:
    case field_id::count: break;
    }
}

// "name *(SP/HTAB) ':'" at the start of `line`: the name, and where the value starts; false when the
// line is no header field.
bool header_name(std::string_view line, std::string_view& name, std::size_t& value) noexcept {
    std::size_t i = 0;
    while (i < line.size() && is_token_char(line[i])) ++i;
    if (i == 0) return false;
    name = line.substr(0, i);
    while (i < line.size() && is_ws(line[i])) ++i;
    if (i == line.size() || line[i] != ':') return false;
    value = i + 1;
    return true;
}

constexpr std::size_t field_count = static_cast<std::size_t>(field_id::count);

void reset(message& out) noexcept {
    out.type = message::kind::response;
    out.start_line = {};
    out.head = {};
    out.method = {};
    out.status = parse_result{};
    out.call_id = {};
    out.cseq_number = 0;
    out.cseq_method = {};
    out.via_branch = {};
    out.from_tag = {};
    out.to_tag = {};
    out.rseq.reset();
}

}  // namespace

bool header_fields::field(std::string_view line, message& out) noexcept {
    static_assert(sizeof(seen_) == field_count, "one flag per field read");
    std::string_view name;
    std::size_t value = 0;
    if (!header_name(line, name, value)) return false;
    const field_id f = field_of(name);
    bool& once = seen_[static_cast<std::size_t>(f)];
    if (f != field_id::other && !once) {
        once = true;
        sip_head h;
        take(f, line.substr(value), out, h);
        if (f == field_id::content_length) content_length = h.content_length;
    }
    return true;
}

bool is_start_line(std::string_view line) noexcept {
    std::string_view method;
    return starts_with_sip_slash(line) || read_request_line(line, method);
}

sip_head read_sip_head(std::string_view bytes, message& out, bool at_end) {
    sip_head h;
    reset(out);
    const std::size_t n = bytes.size();
    const char* const b = bytes.data();

    // Empty lines before the start line (keep-alives, RFC 5626 s4.4.1).
    std::size_t pos = 0;
    while (pos < n && (b[pos] == '\n' || (b[pos] == '\r' && pos + 1 < n && b[pos + 1] == '\n'))) {
        pos += b[pos] == '\n' ? 1 : 2;
    }
    h.head_size = pos;
    if (pos == n || (pos + 1 == n && b[pos] == '\r')) {
        h.status = at_end ? head_status::not_sip : head_status::incomplete;
        return h;
    }
    if (!is_token_char(b[pos])) return h;  // neither "SIP/" nor a method can start here

    // The start line.
    const auto* lf = static_cast<const char*>(std::memchr(b + pos, '\n', n - pos));
    if (lf == nullptr && !at_end) {
        h.status = head_status::incomplete;
        return h;
    }
    std::size_t line_end = lf != nullptr ? static_cast<std::size_t>(lf - b) : n;
    std::size_t next = lf != nullptr ? line_end + 1 : n;
    const std::string_view first = bytes.substr(pos, line_end - pos);
    const std::string_view start = without_cr(first);
    if (starts_with_sip_slash(start)) {
        out.type = message::kind::response;
        out.status = parse_status_line(first, parse_mode::lenient);
    } else if (read_request_line(start, out.method)) {
        out.type = message::kind::request;
    } else {
        out.method = {};
        return h;
    }
    out.start_line = start;
    const std::size_t head_start = pos;

    // Header fields, up to the empty line. `current` is the field whose value is being collected
    // (its folds included); `other` for fields not read and for repeats of fields already read.
    bool seen[field_count] = {};
    field_id current = field_id::other;
    std::size_t value_begin = 0;
    std::size_t value_end = 0;
    bool in_field = false;
    std::size_t line_feeds = lf != nullptr ? 1 : 0;
    auto finish_field = [&] {
        if (current != field_id::other) take(current, bytes.substr(value_begin, value_end - value_begin), out, h);
        current = field_id::other;
    };
    auto complete = [&](std::size_t size, bool blank) {
        finish_field();
        h.status = head_status::complete;
        h.head_size = size;
        h.line_feeds = line_feeds;
        h.blank_line = blank;
        out.head = bytes.substr(head_start, size - head_start);
        return h;
    };

    pos = next;
    for (;;) {
        if (pos == n) {
            if (!at_end) break;
            return complete(n, false);
        }
        lf = static_cast<const char*>(std::memchr(b + pos, '\n', n - pos));
        if (lf == nullptr && !at_end) break;
        line_end = lf != nullptr ? static_cast<std::size_t>(lf - b) : n;
        next = lf != nullptr ? line_end + 1 : n;
        const std::string_view line = without_cr(bytes.substr(pos, line_end - pos));
        if (line.empty()) {
            line_feeds += lf != nullptr ? 1 : 0;
            return complete(next, true);
        }
        if (is_ws(line[0])) {  // a fold continues the field before it (RFC 3261 s7.3.1)
            if (!in_field) return complete(pos, false);
            value_end = pos + line.size();
            pos = next;
            line_feeds += lf != nullptr ? 1 : 0;
            continue;
        }
        std::string_view name;
        std::size_t value = 0;
        if (!header_name(line, name, value)) return complete(pos, false);
        finish_field();
        in_field = true;
        const field_id f = field_of(name);
        auto& once = seen[static_cast<std::size_t>(f)];
        if (f != field_id::other && !once) {
            once = true;
            current = f;
            value_begin = pos + value;
            value_end = pos + line.size();
        }
        pos = next;
        line_feeds += lf != nullptr ? 1 : 0;
    }
    // `bytes` end inside the head.
    reset(out);
    h = sip_head{};
    h.status = head_status::incomplete;
    h.head_size = head_start;
    return h;
}

}  // namespace sipcode::cli::trace
