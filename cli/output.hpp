// sipcode CLI: buffered output, escaping of untrusted text, JSON strings, RFC 4180 CSV fields and
// integer-only percentages (so every figure is the same on every platform).
#ifndef SIPCODE_CLI_OUTPUT_HPP
#define SIPCODE_CLI_OUTPUT_HPP

#include <sipcode/escape.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>

namespace sipcode::cli {

/** `part` per cent of `whole` with one decimal, rounded half up: "28.1%"; "n/a" if whole is 0. */
std::string percent_string(std::uint64_t part, std::uint64_t whole);

/** A buffered writer to a FILE*. Text that came from the input goes through `untrusted()` (or
 *  `json_untrusted()`), which print it as sipcode::escape_copy does: no line breaks, no terminal
 *  control sequences, no bidi overrides, no invalid UTF-8. */
class output {
public:
    explicit output(std::FILE* file) : file_(file) { buf_.reserve(flush_at + 4096); }
    output(const output&) = delete;
    output& operator=(const output&) = delete;
    ~output() { flush(); }

    output& operator<<(std::string_view s) {
        buf_.append(s);
        return maybe_flush();
    }
    output& operator<<(const char* s) { return *this << std::string_view(s); }
    output& operator<<(char c) {
        buf_.push_back(c);
        return maybe_flush();
    }
    template <class T,
              std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, char> && !std::is_same_v<T, bool>,
                               int> = 0>
    output& operator<<(T value) {
        char digits[24];
        const auto r = std::to_chars(digits, digits + sizeof digits, value);
        buf_.append(digits, r.ptr);
        return maybe_flush();
    }

    /** `n` copies of `s`. */
    output& repeat(std::string_view s, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) buf_.append(s);
        return maybe_flush();
    }
    /** `text` padded with spaces to `width` chars; for ASCII text of our own (labels, registry phrases). */
    output& pad_right(std::string_view text, std::size_t width) {
        buf_.append(text);
        return repeat(" ", width > text.size() ? width - text.size() : 0);
    }
    /** `value` in decimal, right-aligned in `width` chars. */
    output& pad_left(std::uint64_t value, std::size_t width);

    /** Text from the input, escaped by sipcode::escape_copy. */
    output& untrusted(std::string_view text) {
        sipcode::escape_copy(text, std::back_inserter(buf_));
        return maybe_flush();
    }
    /** A JSON string literal of `text`, which must be UTF-8 (registry text, escape_copy output). */
    output& json(std::string_view text);
    /** A JSON string literal of text from the input: escaped by escape_copy first, then as JSON. */
    output& json_untrusted(std::string_view text);
    /** One CSV field per RFC 4180: quoted when it holds a comma, a quote, CR or LF. */
    output& csv(std::string_view text);
    output& percent(std::uint64_t part, std::uint64_t whole) { return *this << percent_string(part, whole); }
    /** `part / whole` with four decimals, e.g. "0.2810" (JSON/CSV); "null" or "" if whole is 0. */
    output& fraction(std::uint64_t part, std::uint64_t whole, std::string_view if_zero);

    /** Writes the buffer out; false if the stream reported an error now or earlier. */
    bool flush();

private:
    static constexpr std::size_t flush_at = 1 << 16;
    output& maybe_flush() {
        if (buf_.size() >= flush_at) flush();
        return *this;
    }

    std::FILE* file_;
    std::string buf_;
};

/** Digits of `value` with no padding (for width computations). */
std::size_t decimal_width(std::uint64_t value);

}  // namespace sipcode::cli

#endif  // SIPCODE_CLI_OUTPUT_HPP
