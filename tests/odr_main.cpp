#include <cstdio>

#include "odr.hpp"

int main() {
    const odr::addresses a = odr::from_a();
    const odr::addresses b = odr::from_b();
    const bool same = a.registry == b.registry && a.parse_category == b.parse_category &&
                      a.status_category == b.status_category && a.row_486 == b.row_486 &&
                      a.phrase_486 == b.phrase_486 && a.row_486 != nullptr &&
                      a.kpi_seer == b.kpi_seer && a.kpi_seer_codes == b.kpi_seer_codes && a.kpi_seer != nullptr;
    std::puts(same ? "one definition of each object" : "objects differ between translation units");
    return same ? 0 : 1;
}
