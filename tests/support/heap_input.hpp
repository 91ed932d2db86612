// Test support: an exact-size heap copy of an input, so that AddressSanitizer reports any read one
// byte past `size()` as a heap-buffer-overflow.
#ifndef SIPCODE_TESTS_HEAP_INPUT_HPP
#define SIPCODE_TESTS_HEAP_INPUT_HPP

#include <cstddef>
#include <cstring>
#include <memory>
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

}  // namespace sipcode_test

#endif
