#ifndef SIPCODE_TEST_ODR_HPP
#define SIPCODE_TEST_ODR_HPP

namespace odr {
struct addresses {
    const void* registry;
    const void* parse_category;
    const void* status_category;
    const void* row_486;
    const void* phrase_486;
    const void* kpi_seer;
    const void* kpi_seer_codes;
};
addresses from_a() noexcept;
addresses from_b() noexcept;
}  // namespace odr

#endif
