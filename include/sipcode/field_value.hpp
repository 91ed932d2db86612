// sipcode: header field values: what the Reason, Retry-After and Warning parsers share.
//
//   enum class field_errc : std::uint8_t { ok = 0, empty, expected_token, ... };  // why a value was rejected
//   constexpr std::string_view to_string(field_errc) noexcept;     // "unterminated_quote"
//   constexpr std::string_view describe(field_errc) noexcept;      // "quoted string not closed"
//
//   struct generic_param { std::string_view name, value; bool quoted; };
//   class param_list;                                              // range of generic_param, no allocation
//   constexpr std::size_t unquote(std::string_view quoted, char* out, std::size_t out_size) noexcept;
//
// The parsers take a header field *value*: what follows "Reason:", "Retry-After:" or "Warning:"
// (HCOLON), up to but not including the CRLF that ends the field. Whitespace around the value and the
// RFC 3261 s25.1 separators (SWS, SEMI, EQUAL, COMMA, LWS with one line fold) is accepted. They read
// only bytes inside the input (no NUL terminator needed), never allocate, never throw, and every view
// they return points into the caller's buffer: valid only as long as that buffer is.
//
// Lexical rules, RFC 3261 s25.1:
//     token         = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")
//     quoted-string = SWS DQUOTE *(qdtext / quoted-pair) DQUOTE
//     qdtext        = LWS / %x21 / %x23-5B / %x5D-7E / UTF8-NONASCII
//     quoted-pair   = "\" (%x00-09 / %x0B-0C / %x0E-7F)
//     generic-param = token [ EQUAL gen-value ] ;  gen-value = token / host / quoted-string
//     comment       = LPAREN *(ctext / quoted-pair / comment) RPAREN       ; nests (Retry-After)
// Parameter names and tokens compare case-insensitively (s7.3.1).
//
// The lexer for these values (namespace detail::field, at the end of this header) is the one place
// where field values are scanned; the octet classes and the UTF-8 rule are those of every sipcode
// parser (detail/lexer.hpp).
#ifndef SIPCODE_FIELD_VALUE_HPP
#define SIPCODE_FIELD_VALUE_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/enum_table.hpp"
#include "detail/lexer.hpp"

namespace sipcode {

/** Why a header field value was rejected. 0 is success, so the value works as an error code. */
enum class field_errc : std::uint8_t {
    ok = 0,
    empty,                 ///< the value is empty or only whitespace
    expected_token,        ///< a token (protocol, parameter name, warn-agent) must start here
    expected_digit,        ///< a number (cause, delta-seconds, duration, warn-code, port) must start here
    number_too_large,      ///< the number is above 4294967295 (offset: its first digit)
    bad_warn_code,         ///< a warn-code of other than three digits (offset: its first digit)
    out_of_range,          ///< a SIP cause outside 100..699 or a Q.850 cause above 127 (offset: first digit)
    expected_equal,        ///< "cause", "text" or "duration" without "=" and a value
    expected_value,        ///< "=" not followed by a token, host or quoted-string
    expected_quote,        ///< a quoted-string must start here ("text=", warn-text)
    unterminated_quote,    ///< the input ends inside a quoted-string (offset: input size)
    bad_escape,            ///< "\" followed by CR, LF or a non-ASCII octet
    unterminated_comment,  ///< the input ends inside a Retry-After comment (offset: input size)
    bad_char,              ///< a control octet, NUL, or CR/LF that is not a line fold
    bad_utf8,              ///< a UTF-8 lead octet without its continuation octets, or 0x80..0xBF or 0xFE/0xFF alone
    expected_space,        ///< Warning: warn-code, warn-agent and warn-text are separated by one SP
    unexpected_char,       ///< the value is complete but is followed by something other than ";", "," or the end
    duplicate_param,       ///< "cause", "text" or "duration" given twice in one value
    trailing_comma,        ///< a "," with no value after it (offset: the comma)
    not_found,             ///< find_reason: no value with the requested protocol (not a syntax error)
};

/** Number of field_errc values, for sweeps and tables. */
inline constexpr std::size_t field_errc_count = static_cast<std::size_t>(field_errc::not_found) + 1;

/** snake_case name of the value, e.g. "unterminated_quote". */
constexpr std::string_view to_string(field_errc e) noexcept;
/** One-line English description of the value, e.g. "quoted string not closed". */
constexpr std::string_view describe(field_errc e) noexcept;

/** One generic-param of a value. `value` is empty when the parameter has none; for a quoted-string
 *  it is the text between the quotes with its quoted-pairs kept (see unquote). */
struct generic_param {
    std::string_view name;
    std::string_view value;
    bool quoted = false;
};

/** Every parameter of a parsed value, in order, the ones the parser also decodes ("cause", "text",
 *  "duration") included. Iterating re-reads text the parser already accepted: it cannot fail and
 *  never allocates. The views point into the caller's buffer. */
class param_list {
public:
    constexpr param_list() noexcept = default;
    /** `raw` must be text a parser accepted as `*(SEMI generic-param)`; parsers build it. */
    constexpr explicit param_list(std::string_view raw) noexcept : raw_(raw) {}

    class iterator {
    public:
        constexpr iterator(std::string_view raw, std::size_t pos) noexcept : raw_(raw), pos_(pos) { load(); }
        constexpr const generic_param& operator*() const noexcept { return current_; }
        constexpr const generic_param* operator->() const noexcept { return &current_; }
        constexpr iterator& operator++() noexcept {
            pos_ = next_;
            load();
            return *this;
        }
        friend constexpr bool operator==(const iterator& a, const iterator& b) noexcept { return a.pos_ == b.pos_; }
        friend constexpr bool operator!=(const iterator& a, const iterator& b) noexcept { return a.pos_ != b.pos_; }

    private:
        constexpr void load() noexcept;
        std::string_view raw_;
        std::size_t pos_ = 0;
        std::size_t next_ = 0;
        generic_param current_;
    };

    constexpr iterator begin() const noexcept { return iterator(raw_, 0); }
    constexpr iterator end() const noexcept { return iterator(raw_, raw_.size()); }
    constexpr bool empty() const noexcept { return raw_.empty(); }
    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (auto it = begin(); it != end(); ++it) ++n;
        return n;
    }
    /** The first parameter named `name` (case-insensitive); `found` is false when there is none. */
    struct lookup {
        bool found = false;
        generic_param param;
    };
    constexpr lookup find(std::string_view name) const noexcept;
    /** The text the list was built from, e.g. ";cause=16;text=\"x\"". */
    constexpr std::string_view raw() const noexcept { return raw_; }

private:
    std::string_view raw_;
};

/** Copies `quoted` (the inside of a quoted-string as the parsers return it) to `out`, each
 *  quoted-pair replaced by the octet it escapes and each line fold (CRLF before SP/HTAB) dropped.
 *  Writes at most `out_size` octets and returns how many it wrote; `out_size >= quoted.size()` is
 *  always enough. Usable in constant expressions. */
constexpr std::size_t unquote(std::string_view quoted, char* out, std::size_t out_size) noexcept;

/** Case-insensitive ASCII comparison, as tokens and parameter names compare (RFC 3261 s7.3.1). */
constexpr bool iequals(std::string_view a, std::string_view b) noexcept;

// ---------------------------------------------------------------------------------------------
// Implementation

namespace detail::field {

using detail::fail;
using detail::is_digit;
using detail::octet;

// The error for an octet that cannot start what was expected: control octets are bad_char whatever
// was expected, anything else is `otherwise`.
constexpr field_errc octet_error(unsigned char c, field_errc otherwise) noexcept {
    return is_control(c) ? field_errc::bad_char : otherwise;
}

// SWS = [LWS]; LWS = [*WSP CRLF] 1*WSP. Returns the first position after the whitespace.
constexpr std::size_t skip_sws(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    while (i < n && is_ws(octet(s, i))) ++i;
    if (i + 2 < n && octet(s, i) == '\r' && octet(s, i + 1) == '\n' && is_ws(octet(s, i + 2))) {
        i += 2;
        while (i < n && is_ws(octet(s, i))) ++i;
    }
    return i;
}

// Where a value starts: the first non-SWS offset from `pos` (clamped to the input).
constexpr std::size_t value_start(std::string_view s, std::size_t pos) noexcept {
    return skip_sws(s, pos < s.size() ? pos : s.size());
}

constexpr std::size_t scan_token(std::string_view s, std::size_t i) noexcept {
    while (i < s.size() && is_token_char(octet(s, i))) ++i;
    return i;
}

// A lexed element: on success `end` is just past it; on failure `ec` says why and `end` is the offset.
struct lexed {
    std::size_t end = 0;
    field_errc ec = field_errc::ok;
};

// Text between delimiters, and `end` just past the closing one.
struct quoted_lexed {
    std::size_t end = 0;
    field_errc ec = field_errc::ok;
    std::string_view content;
};

// A quoted-string whose DQUOTE is at `i` or, when `comment`, a comment whose "(" is at `i`: comments
// nest and end at the matching ")". Both hold quoted-pairs, line folds and UTF8-NONASCII; a control
// octet is bad_char. `content` is the text inside the outer delimiters.
constexpr quoted_lexed scan_quoted(std::string_view s, std::size_t i, bool comment = false) noexcept {
    const std::size_t n = s.size();
    const unsigned char close = comment ? ')' : '"';
    const field_errc open = comment ? field_errc::unterminated_comment : field_errc::unterminated_quote;
    std::size_t depth = 1;
    std::size_t j = i + 1;
    while (j < n) {
        const unsigned char c = octet(s, j);
        if (c == close) {
            if (--depth == 0) return {j + 1, field_errc::ok, s.substr(i + 1, j - i - 1)};
            ++j;
        } else if (comment && c == '(') {
            ++depth;
            ++j;
        } else if (c == '\\') {
            if (j + 1 == n) return {n, open, {}};
            const unsigned char e = octet(s, j + 1);
            if (is_line_end(e) || e >= 0x80) return {j, field_errc::bad_escape, {}};
            j += 2;
        } else if (c == '\r') {
            if (j + 2 < n && octet(s, j + 1) == '\n' && is_ws(octet(s, j + 2))) {
                j += 3;  // a line fold inside the delimiters is LWS
            } else {
                return {j, field_errc::bad_char, {}};
            }
        } else if (is_control(c)) {
            return {j, field_errc::bad_char, {}};
        } else if (c >= 0x80) {
            const utf8_scan u = scan_utf8_nonascii(s, j);
            if (u.result == utf8_scan::truncated) return {n, open, {}};
            if (u.result == utf8_scan::bad) return {j, field_errc::bad_utf8, {}};
            j = u.end;
        } else {
            ++j;
        }
    }
    return {n, open, {}};
}

// The text inside a comment without the whitespace next to its parentheses.
constexpr std::string_view trim_lws(std::string_view s) noexcept {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && ws(s[b])) ++b;
    while (e > b && ws(s[e - 1])) --e;
    return s.substr(b, e - b);
}

// The end of the hex digits, ":" and "." after the "[" of an IPv6reference at `i`; the caller checks
// that it is a "]" after at least one of them.
constexpr std::size_t ipv6_reference_end(std::string_view s, std::size_t i) noexcept {
    std::size_t j = i + 1;
    while (j < s.size() && is_ipv6_char(octet(s, j))) ++j;
    return j;
}

// gen-value = token / host / quoted-string, at `i` (after EQUAL). host = hostname / IPv4address /
// IPv6reference; hostnames and IPv4 addresses are tokens, an IPv6reference is "[" hex, ":" and "." "]".
struct value_lexed {
    std::size_t end = 0;
    field_errc ec = field_errc::ok;
    std::string_view value;
    bool quoted = false;
};

constexpr value_lexed scan_gen_value(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    if (i == n) return {n, field_errc::expected_value, {}, false};
    const unsigned char c = octet(s, i);
    if (c == '"') {
        const quoted_lexed q = scan_quoted(s, i);
        return {q.end, q.ec, q.content, true};
    }
    if (c == '[') {
        const std::size_t j = ipv6_reference_end(s, i);
        if (j < n && octet(s, j) == ']' && j > i + 1) return {j + 1, field_errc::ok, s.substr(i, j + 1 - i), false};
        return {i, field_errc::expected_value, {}, false};
    }
    const std::size_t end = scan_token(s, i);
    if (end == i) return {i, octet_error(c, field_errc::expected_value), {}, false};
    return {end, field_errc::ok, s.substr(i, end - i), false};
}

// warn-agent at `i`: [ "[" IPv6 "]" / token ] [ ":" 1*DIGIT ]. Returns its end or the defect.
constexpr lexed scan_agent(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    if (i == n) return {n, field_errc::expected_token};
    std::size_t j = i;
    if (octet(s, i) == '[') {
        j = ipv6_reference_end(s, i);
        if (j == n || j == i + 1) return {i, field_errc::expected_token};  // "[" never closed, or "[]"
        if (octet(s, j) != ']') return {j, octet_error(octet(s, j), field_errc::unexpected_char)};
        ++j;
    } else {
        j = scan_token(s, i);
        if (j == i) return {i, octet_error(octet(s, i), field_errc::expected_token)};
    }
    if (j < n && octet(s, j) == ':') {
        const std::size_t port = j + 1;
        j = port;
        while (j < n && is_digit(octet(s, j))) ++j;
        if (j == port) return {port, port == n ? field_errc::expected_digit
                                               : octet_error(octet(s, port), field_errc::expected_digit)};
    }
    return {j, field_errc::ok};
}

// One `SEMI generic-param`, or the end of the parameters. Starts at `i`, the end of what came before.
// The parameters end at the end of the input, or, when `comma_ends`, at a "," (a list of values).
struct param_lexed {
    field_errc ec = field_errc::ok;
    std::size_t at = 0;         // on failure: offset of the defect
    bool done = false;          // no further parameter: `end` is where the value stops (its "," or n)
    std::size_t name_pos = 0;   // offset of the name
    std::size_t after_name = 0; // first non-SWS offset after the name (where "=" would be)
    std::size_t value_pos = 0;  // offset of the value when there is one
    bool has_value = false;
    generic_param param;
    std::size_t end = 0;        // just past the parameter (or where the value stops, when done)
};

constexpr param_lexed next_param(std::string_view s, std::size_t i, bool comma_ends) noexcept {
    const std::size_t n = s.size();
    param_lexed p;
    const std::size_t j = skip_sws(s, i);
    if (j == n || (comma_ends && octet(s, j) == ',')) {
        p.done = true;
        p.end = j;
        return p;
    }
    if (octet(s, j) != ';') {
        p.ec = octet_error(octet(s, j), field_errc::unexpected_char);
        p.at = j;
        return p;
    }
    const std::size_t name = skip_sws(s, j + 1);
    const std::size_t name_end = scan_token(s, name);
    if (name_end == name) {
        p.ec = name == n ? field_errc::expected_token : octet_error(octet(s, name), field_errc::expected_token);
        p.at = name;
        return p;
    }
    p.name_pos = name;
    p.param.name = s.substr(name, name_end - name);
    p.after_name = skip_sws(s, name_end);
    p.end = name_end;
    if (p.after_name < n && octet(s, p.after_name) == '=') {
        const std::size_t v = skip_sws(s, p.after_name + 1);
        const value_lexed val = scan_gen_value(s, v);
        if (val.ec != field_errc::ok) {
            p.ec = val.ec;
            p.at = val.end;
            return p;
        }
        p.has_value = true;
        p.value_pos = v;
        p.param.value = val.value;
        p.param.quoted = val.quoted;
        p.end = val.end;
    }
    return p;
}

// Every `SEMI generic-param` from `i`, each handed to `visit(const param_lexed&)`, which returns a
// lexed: ok, or the defect that stops the walk. On success `end` is just past the last parameter.
template <class Visit>
constexpr lexed scan_params(std::string_view s, std::size_t i, bool comma_ends, Visit&& visit) noexcept {
    for (;;) {
        const param_lexed p = next_param(s, i, comma_ends);
        if (p.ec != field_errc::ok) return {p.at, p.ec};
        if (p.done) return {i, field_errc::ok};
        const lexed seen = visit(p);
        if (seen.ec != field_errc::ok) return seen;
        i = p.end;
    }
}

// 1*DIGIT at `i` into a uint32. On overflow the offset is the number's first digit.
struct number_lexed {
    std::size_t end = 0;
    field_errc ec = field_errc::ok;
    std::uint32_t value = 0;
};

constexpr number_lexed scan_number(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    if (i == n) return {n, field_errc::expected_digit, 0};
    if (!is_digit(octet(s, i))) return {i, octet_error(octet(s, i), field_errc::expected_digit), 0};
    const std::size_t start = i;
    std::uint64_t v = 0;
    bool overflow = false;
    for (; i < n && is_digit(octet(s, i)); ++i) {
        if (!overflow) {
            v = v * 10U + static_cast<unsigned>(octet(s, i) - '0');
            overflow = v > 0xFFFFFFFFULL;
        }
    }
    if (overflow) return {start, field_errc::number_too_large, 0};
    return {i, field_errc::ok, static_cast<std::uint32_t>(v)};
}

// A parameter whose value must be a number (cause, duration) and that may appear once: `seen` says
// whether it did before; on success it is set and `value` holds the number.
constexpr lexed take_number_param(std::string_view s, const param_lexed& p, bool& seen,
                                  std::uint32_t& value) noexcept {
    if (seen) return {p.name_pos, field_errc::duplicate_param};
    if (!p.has_value) return {p.after_name, field_errc::expected_equal};
    if (p.param.quoted) return {p.value_pos, field_errc::expected_digit};
    const number_lexed num = scan_number(s, p.value_pos);
    if (num.ec != field_errc::ok) return {num.end, num.ec};
    if (num.end != p.end) return {num.end, field_errc::unexpected_char};
    seen = true;
    value = num.value;
    return {p.end, field_errc::ok};
}

// After a complete value of a comma-separated list: where the next value starts, or the end.
struct list_end {
    field_errc ec = field_errc::ok;
    std::size_t at = 0;  // next value's start (or n), or the defect
    bool last = false;
};

constexpr list_end after_value(std::string_view s, std::size_t i) noexcept {
    const std::size_t n = s.size();
    const std::size_t j = skip_sws(s, i);
    if (j == n) return {field_errc::ok, n, true};
    if (octet(s, j) != ',') return {octet_error(octet(s, j), field_errc::unexpected_char), j, false};
    const std::size_t k = skip_sws(s, j + 1);
    if (k == n) return {field_errc::trailing_comma, j, false};
    return {field_errc::ok, k, false};
}

// The result of a list parser whose value ended at `i`: success with where the next value starts,
// or the defect after the value.
template <class Result>
constexpr Result finish_list_value(Result r, std::string_view s, std::size_t i) noexcept {
    const list_end next = after_value(s, i);
    if (next.ec != field_errc::ok) return fail(r, next.ec, next.at);
    r.consumed = next.at;
    r.last = next.last;
    r.ec = field_errc::ok;
    return r;
}

}  // namespace detail::field

constexpr void param_list::iterator::load() noexcept {
    if (pos_ >= raw_.size()) {
        pos_ = next_ = raw_.size();
        current_ = {};
        return;
    }
    const detail::field::param_lexed p = detail::field::next_param(raw_, pos_, false);
    if (p.done || p.ec != field_errc::ok) {  // cannot happen on text a parser accepted
        pos_ = next_ = raw_.size();
        current_ = {};
        return;
    }
    current_ = p.param;
    next_ = p.end;
}

constexpr bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        unsigned char x = static_cast<unsigned char>(a[i]);
        unsigned char y = static_cast<unsigned char>(b[i]);
        if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<unsigned char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

constexpr param_list::lookup param_list::find(std::string_view name) const noexcept {
    for (const generic_param& p : *this) {
        if (iequals(p.name, name)) return {true, p};
    }
    return {};
}

constexpr std::size_t unquote(std::string_view quoted, char* out, std::size_t out_size) noexcept {
    std::size_t w = 0;
    for (std::size_t i = 0; i < quoted.size() && w < out_size; ++i) {
        const char c = quoted[i];
        if (c == '\\' && i + 1 < quoted.size()) {
            out[w++] = quoted[++i];
        } else if (c == '\r' && i + 2 < quoted.size() && quoted[i + 1] == '\n' &&
                   (quoted[i + 2] == ' ' || quoted[i + 2] == '\t')) {
            ++i;  // drop CR LF of a line fold, keep its whitespace
        } else {
            out[w++] = c;
        }
    }
    return w;
}

namespace detail {
inline constexpr std::array<enum_text<field_errc>, field_errc_count> field_errc_texts = {{
    {field_errc::ok, "ok"sv, "success"sv},
    {field_errc::empty, "empty"sv, "empty header field value"sv},
    {field_errc::expected_token, "expected_token"sv, "expected a token"sv},
    {field_errc::expected_digit, "expected_digit"sv, "expected a digit"sv},
    {field_errc::number_too_large, "number_too_large"sv, "number above 4294967295"sv},
    {field_errc::bad_warn_code, "bad_warn_code"sv, "warn-code is not three digits"sv},
    {field_errc::out_of_range, "out_of_range"sv, "cause outside the range of its protocol"sv},
    {field_errc::expected_equal, "expected_equal"sv, "parameter needs \"=\" and a value"sv},
    {field_errc::expected_value, "expected_value"sv, "expected a parameter value after \"=\""sv},
    {field_errc::expected_quote, "expected_quote"sv, "expected a quoted string"sv},
    {field_errc::unterminated_quote, "unterminated_quote"sv, "quoted string not closed"sv},
    {field_errc::bad_escape, "bad_escape"sv, "backslash before CR, LF or a non-ASCII octet"sv},
    {field_errc::unterminated_comment, "unterminated_comment"sv, "comment not closed"sv},
    {field_errc::bad_char, "bad_char"sv, "control character, NUL or bare CR/LF"sv},
    {field_errc::bad_utf8, "bad_utf8"sv, "invalid UTF-8 sequence"sv},
    {field_errc::expected_space, "expected_space"sv, "expected a single space"sv},
    {field_errc::unexpected_char, "unexpected_char"sv, "unexpected character after the value"sv},
    {field_errc::duplicate_param, "duplicate_param"sv, "parameter given twice"sv},
    {field_errc::trailing_comma, "trailing_comma"sv, "comma not followed by a value"sv},
    {field_errc::not_found, "not_found"sv, "no value with the requested protocol"sv},
}};
static_assert(covers(field_errc_texts, field_errc_count), "one row per field_errc, in value order");
}  // namespace detail

constexpr std::string_view to_string(field_errc e) noexcept {
    return detail::name_of(detail::field_errc_texts, e, "unknown");
}

constexpr std::string_view describe(field_errc e) noexcept {
    return detail::description_of(detail::field_errc_texts, e, "unknown field error");
}

}  // namespace sipcode

#endif  // SIPCODE_FIELD_VALUE_HPP
