// The version macros (version.hpp) agree with each other.
#include <sipcode/version.hpp>

#include <doctest/doctest.h>

#include <string>

TEST_CASE("version.macros_agree") {
    CHECK(std::string(SIPCODE_VERSION_STRING) == std::to_string(SIPCODE_VERSION_MAJOR) + "." +
                                                     std::to_string(SIPCODE_VERSION_MINOR) + "." +
                                                     std::to_string(SIPCODE_VERSION_PATCH));
    CHECK(SIPCODE_VERSION == SIPCODE_VERSION_MAJOR * 10000 + SIPCODE_VERSION_MINOR * 100 + SIPCODE_VERSION_PATCH);
}
