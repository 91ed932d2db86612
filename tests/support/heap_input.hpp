// Test support: an exact-size heap copy of an input, so that AddressSanitizer reports any read one
// byte past `size()` as a heap-buffer-overflow, and a printable spelling of inputs for messages.
#ifndef SIPCODE_TESTS_HEAP_INPUT_HPP
#define SIPCODE_TESTS_HEAP_INPUT_HPP

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace sipcode_test {

class heap_input {
public:
    explicit heap_input(std::string_view s) : size_(s.size()), data_(new char[s.size()]) {
        if (!s.empty()) std::memcpy(data_.get(), s.data(), s.size());
    }
    std::string_view view() const { return {data_.get(), size_}; }

private:
    std::size_t size_;
    std::unique_ptr<char[]> data_;
};

/** True when `part` lies inside `whole` (an empty view at whole's end counts). */
inline bool inside(std::string_view part, std::string_view whole) {
    if (part.empty()) return true;
    return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

/** `s` with every octet outside printable ASCII, and '\\', as \\xhh: for test messages. */
inline std::string printable(std::string_view s) {
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x20 && c < 0x7F && c != '\\') {
            out += static_cast<char>(c);
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

}  // namespace sipcode_test

#endif
