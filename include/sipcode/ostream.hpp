// sipcode: operator<< for iostreams (opt-in).
//
//   std::cout << sipcode::status::busy_here;          // 486 Busy Here
//   std::cout << std::setw(20) << std::left << line;  // padded like a string
//
// For every type sipcode/fmt.hpp formats (every public enum, status_line, classification, advice and
// the Q.850 results): its default presentation, so the three integrations agree.
// Reason phrases are escaped (sipcode/escape.hpp). The stream's width, fill and adjustfield apply
// to the whole value, as they do for a string, and the width is reset afterwards.
#ifndef SIPCODE_OSTREAM_HPP
#define SIPCODE_OSTREAM_HPP

#include <ios>
#include <iterator>
#include <ostream>
#include <type_traits>

#include "detail/render.hpp"

namespace sipcode {
namespace detail {

template <class T>
std::ostream& stream_out(std::ostream& os, const T& value) {
    const std::ostream::sentry ok(os);
    if (!ok) return os;
    const auto width = os.width();
    std::size_t pad = 0;
    if (width > 0) {
        const std::size_t size = render(counting_iterator{}, value, 0).count;
        const auto wanted = static_cast<std::size_t>(width);
        pad = size < wanted ? wanted - size : 0;
    }
    const bool left = (os.flags() & std::ios_base::adjustfield) == std::ios_base::left;
    std::ostreambuf_iterator<char> out(os);
    if (!left) {
        for (std::size_t i = 0; i < pad; ++i) *out++ = os.fill();
    }
    out = render(out, value, 0);
    if (left) {
        for (std::size_t i = 0; i < pad; ++i) *out++ = os.fill();
    }
    if (out.failed()) os.setstate(std::ios_base::badbit);
    os.width(0);
    return os;
}

}  // namespace detail

/** Writes any sipcode type in its default presentation. */
template <class T, std::enable_if_t<detail::is_printable<T>, int> = 0>
std::ostream& operator<<(std::ostream& os, const T& value) {
    return detail::stream_out(os, value);
}

}  // namespace sipcode

#endif  // SIPCODE_OSTREAM_HPP
