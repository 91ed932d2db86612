// sipcode internal: refuse, at compile time, to parse a temporary that owns its text.
//
// The parsers return views into their input. Called with a temporary std::string, those views would
// point into a string destroyed at the end of the full expression. Each parser therefore has a
// deleted overload for an rvalue of a class type that converts to std::string_view (std::string,
// std::pmr::string, a rope ...): `parse_status_line(std::string("SIP/2.0 200 OK"))` does not compile,
// while lvalues, string literals, `const char*` and std::string_view are taken as before.
#ifndef SIPCODE_DETAIL_NO_DANGLING_HPP
#define SIPCODE_DETAIL_NO_DANGLING_HPP

#include <string_view>
#include <type_traits>

namespace sipcode {
namespace detail {

template <class S>
inline constexpr bool is_owning_temporary =
    !std::is_reference_v<S> && std::is_class_v<S> &&
    !std::is_same_v<std::remove_cv_t<S>, std::string_view> && std::is_convertible_v<S, std::string_view>;

}  // namespace detail
}  // namespace sipcode

#endif  // SIPCODE_DETAIL_NO_DANGLING_HPP
