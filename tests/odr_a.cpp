// Two translation units include every header and are linked into one program: any non-inline
// definition in a header is a duplicate symbol, and inline objects must have one address.
#include <sipcode/error_code.hpp>
#include <sipcode/fmt.hpp>
#include <sipcode/format.hpp>
#include <sipcode/kpi.hpp>
#include <sipcode/ostream.hpp>
#include <sipcode/sipcode.hpp>

#include "odr.hpp"

namespace odr {
addresses from_a() noexcept {
    return {&sipcode::registry, &sipcode::parse_category(), &sipcode::status_category(),
            sipcode::find(486), sipcode::reason_phrase(486).data(),
            sipcode::find_kpi(sipcode::kpi::seer), sipcode::code_set(sipcode::kpi::seer).data()};
}
}  // namespace odr
