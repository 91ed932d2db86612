// escape_copy() / escaped_size() on any text: the output is one line of printable ASCII and
// well-formed UTF-8 with no C1 control, line separator or bidi formatting character; escaped_size()
// is the number of chars written; and the escaping can be undone, so no two texts print the same.
#include <iterator>
#include <string>

#include "fuzz_check.hpp"

namespace {

// Decodes one well-formed UTF-8 sequence (RFC 3629) at s[i]; returns its length, 0 if ill-formed.
std::size_t decode_utf8(std::string_view s, std::size_t i, std::uint32_t& cp) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    std::size_t len = 0;
    if (b(0) >= 0xC2 && b(0) <= 0xDF)
        len = 2;
    else if (b(0) >= 0xE0 && b(0) <= 0xEF)
        len = 3;
    else if (b(0) >= 0xF0 && b(0) <= 0xF4)
        len = 4;
    else
        return 0;
    if (s.size() - i < len) return 0;
    cp = b(0) & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(k) & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (b(k) & 0x3Fu);
    }
    const std::uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool misleading(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F || cp == 0x2028 ||
           cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::uint32_t hex_value(char c) {
    SIPCODE_FUZZ_CHECK((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'));
    return c <= '9' ? static_cast<std::uint32_t>(c - '0') : static_cast<std::uint32_t>(c - 'A' + 10);
}

// The inverse of escape_copy, as escape.hpp documents the escapes; aborts on anything else.
std::string unescape(std::string_view s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        SIPCODE_FUZZ_CHECK(i + 1 < s.size());
        const char kind = s[i + 1];
        if (kind == '\\') {
            out += '\\';
            i += 2;
        } else if (kind == 't' || kind == 'r' || kind == 'n') {
            out += kind == 't' ? '\t' : (kind == 'r' ? '\r' : '\n');
            i += 2;
        } else if (kind == 'x') {
            SIPCODE_FUZZ_CHECK(i + 3 < s.size());
            out += static_cast<char>(hex_value(s[i + 2]) << 4 | hex_value(s[i + 3]));
            i += 4;
        } else {
            SIPCODE_FUZZ_CHECK(kind == 'u' && i + 7 < s.size() && s[i + 2] == '{' && s[i + 7] == '}');
            std::uint32_t cp = 0;
            for (std::size_t k = 3; k < 7; ++k) cp = cp << 4 | hex_value(s[i + k]);
            SIPCODE_FUZZ_CHECK(misleading(cp));
            append_utf8(out, cp);
            i += 8;
        }
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = sipcode_fuzz::as_view(data, size);
    std::string out;
    const auto end = sipcode::escape_copy(text, std::back_inserter(out));
    static_cast<void>(end);
    SIPCODE_FUZZ_CHECK(out.size() == sipcode::escaped_size(text));
    SIPCODE_FUZZ_CHECK(sipcode::is_safe_to_print(text) == (out == text));

    // Into a plain buffer of exactly the announced size: the returned iterator is its end.
    std::string exact(out.size(), '\0');
    char* const written_end = sipcode::escape_copy(text, exact.data());
    SIPCODE_FUZZ_CHECK(written_end == exact.data() + exact.size());
    SIPCODE_FUZZ_CHECK(exact == out);

    // One printable line: ASCII 0x20..0x7E, or well-formed UTF-8 of nothing misleading.
    for (std::size_t i = 0; i < out.size();) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c < 0x80) {
            SIPCODE_FUZZ_CHECK(c >= 0x20 && c < 0x7F);
            ++i;
            continue;
        }
        std::uint32_t cp = 0;
        const std::size_t len = decode_utf8(out, i, cp);
        SIPCODE_FUZZ_CHECK(len != 0);
        SIPCODE_FUZZ_CHECK(!misleading(cp));
        i += len;
    }

    SIPCODE_FUZZ_CHECK(unescape(out) == text);  // so escaping is injective
    return 0;
}
