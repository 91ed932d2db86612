#include "output.hpp"

#include <sipcode/escape.hpp>

#include <iterator>
#include <string>

namespace sipcode::cli {

std::size_t decimal_width(std::uint64_t value) {
    std::size_t n = 1;
    while (value >= 10) {
        value /= 10;
        ++n;
    }
    return n;
}

output& output::pad_left(std::uint64_t value, std::size_t width) {
    const std::size_t digits = decimal_width(value);
    repeat(" ", width > digits ? width - digits : 0);
    return *this << value;
}

output& output::json(std::string_view text) {
    buf_.push_back('"');
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            buf_.push_back('\\');
            buf_.push_back(static_cast<char>(c));
        } else if (c == '\n') {
            buf_.append("\\n");
        } else if (c == '\r') {
            buf_.append("\\r");
        } else if (c == '\t') {
            buf_.append("\\t");
        } else if (c < 0x20 || c == 0x7F) {
            constexpr std::string_view hex = "0123456789ABCDEF";
            buf_.append("\\u00");
            buf_.push_back(hex[c >> 4u]);
            buf_.push_back(hex[c & 0xFu]);
        } else if (c >= 0x80) {
            // JSON text is UTF-8: a well-formed sequence is copied, any other octet becomes U+FFFD.
            const std::size_t len = sipcode::decode_utf8(text, i).size;
            if (len == 0) {
                buf_.append("\\uFFFD");
            } else {
                buf_.append(text.substr(i, len));
                i += len;
                continue;
            }
        } else {
            buf_.push_back(static_cast<char>(c));
        }
        ++i;
    }
    buf_.push_back('"');
    return maybe_flush();
}

output& output::json_untrusted(std::string_view text) {
    std::string escaped;
    escaped.reserve(text.size());
    sipcode::escape_copy(text, std::back_inserter(escaped));
    return json(escaped);
}

output& output::csv(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        buf_.append(text);
        return maybe_flush();
    }
    buf_.push_back('"');
    for (const char c : text) {
        if (c == '"') buf_.push_back('"');
        buf_.push_back(c);
    }
    buf_.push_back('"');
    return maybe_flush();
}

std::string percent_string(std::uint64_t part, std::uint64_t whole) {
    if (whole == 0) return "n/a";
    const std::uint64_t tenths = (part * 1000 + whole / 2) / whole;
    return std::to_string(tenths / 10) + '.' + static_cast<char>('0' + tenths % 10) + '%';
}

output& output::fraction(std::uint64_t part, std::uint64_t whole, std::string_view if_zero) {
    if (whole == 0) return *this << if_zero;
    const std::uint64_t scaled = (part * 10000 + whole / 2) / whole;
    *this << scaled / 10000 << '.';
    const std::uint64_t rest = scaled % 10000;
    const char digits[4] = {static_cast<char>('0' + rest / 1000), static_cast<char>('0' + rest / 100 % 10),
                            static_cast<char>('0' + rest / 10 % 10), static_cast<char>('0' + rest % 10)};
    return *this << std::string_view(digits, 4);
}

bool output::flush() {
    if (!buf_.empty()) {
        std::fwrite(buf_.data(), 1, buf_.size(), file_);
        buf_.clear();
    }
    return std::fflush(file_) == 0 && std::ferror(file_) == 0;
}

}  // namespace sipcode::cli
