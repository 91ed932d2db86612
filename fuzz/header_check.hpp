// Shared by the header-field fuzz targets: the invariants every Reason, Retry-After and Warning
// parse must keep, whatever the input.
#ifndef SIPCODE_FUZZ_HEADER_CHECK_HPP
#define SIPCODE_FUZZ_HEADER_CHECK_HPP

#include <sipcode/telephony.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"

namespace sipcode_fuzz {

/** The decimal value of the digits starting at `pos` in `text`, computed independently of the
 *  parsers' own number lexer (saturating far above anything they accept). */
inline unsigned long long decimal_at(std::string_view text, std::size_t pos) {
    unsigned long long v = 0;
    for (; pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++pos) {
        if (v < (1ULL << 40)) v = v * 10 + static_cast<unsigned>(text[pos] - '0');
    }
    return v;
}

/** A failed parse points at its defect inside the input and names a real error. */
template <class Result>
void check_failure(std::string_view in, const Result& r) {
    SIPCODE_FUZZ_CHECK(r.ec != sipcode::field_errc::ok);
    SIPCODE_FUZZ_CHECK(r.consumed <= in.size());
    SIPCODE_FUZZ_CHECK(!sipcode::to_string(r.ec).empty());
    SIPCODE_FUZZ_CHECK(!sipcode::describe(r.ec).empty());
}

/** Every parameter lies inside the input, iteration ends, and find() agrees with iteration. */
inline void check_params(std::string_view in, const sipcode::param_list& params) {
    SIPCODE_FUZZ_CHECK(inside(params.raw(), in));
    std::size_t count = 0;
    for (const sipcode::generic_param& p : params) {
        SIPCODE_FUZZ_CHECK(inside(p.name, params.raw()) && !p.name.empty());
        SIPCODE_FUZZ_CHECK(inside(p.value, params.raw()));
        const sipcode::param_list::lookup found = params.find(p.name);
        SIPCODE_FUZZ_CHECK(found.found && sipcode::iequals(found.param.name, p.name));
        SIPCODE_FUZZ_CHECK(++count <= params.raw().size());
    }
    SIPCODE_FUZZ_CHECK(count == params.size());
}

/** unquote() writes no more than it may, and never more than the quoted text. */
inline void check_unquote(std::string_view quoted) {
    std::vector<char> out(quoted.size() + 1);
    const std::size_t all = sipcode::unquote(quoted, out.data(), out.size());
    SIPCODE_FUZZ_CHECK(all <= quoted.size());
    if (!quoted.empty()) {
        const std::size_t half = sipcode::unquote(quoted, out.data(), quoted.size() / 2);
        SIPCODE_FUZZ_CHECK(half <= quoted.size() / 2);
    }
}

}  // namespace sipcode_fuzz

#endif  // SIPCODE_FUZZ_HEADER_CHECK_HPP
