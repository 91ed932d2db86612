// Built twice by CTest: as is it must compile; with SIPCODE_EXPECT_FAIL it must not, because fmt
// checks format strings at compile time (C++20) and sipcode's parse() rejects the spec there.
#include <sipcode/fmt.hpp>

#include <string>

std::string good_or_bad() {
#ifdef SIPCODE_EXPECT_FAIL
    return fmt::format("{:q}", sipcode::status::ok);  // 'q' is no presentation type of status
#else
    return fmt::format("{:>8p}", sipcode::status::ok);
#endif
}
