// operator<< (ostream.hpp) honours the stream's width, fill and adjustment. Every "{}" case of
// format_test.cpp is also checked through operator<<.
#include <sipcode/ostream.hpp>

#include <doctest/doctest.h>

#include <iomanip>
#include <sstream>

#include <sipcode/sipcode.hpp>

using sipcode::status;

TEST_CASE("ostream.width_fill_and_adjust") {
    std::ostringstream os;
    os << std::setw(16) << status::busy_here << '|';
    os << std::left << std::setfill('.') << std::setw(16) << status::busy_here << '|';
    os << status::ok << '|';  // width was reset
    CHECK(os.str() == "   486 Busy Here|486 Busy Here...|200 OK|");
}
