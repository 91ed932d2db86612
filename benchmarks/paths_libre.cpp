// libre: sip_msg_decode() on a response held in an mbuf.
//
// libre's decoder finds the end of the header by the line ending of a header field, so a response
// with no header field at all never completes (ENODATA): its input is the status line,
// "Content-Length: 0" and the empty line. The mbuf is filled before timing starts, as libre's
// transport fills it on receive.
// re_types.h expects the types its own build detects: without HAVE_STDBOOL_H it redefines `bool`.
#define HAVE_STDBOOL_H 1
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include <re/re.h>

#include <cstdint>

#include "paths.hpp"

namespace sipcode_bench::adapters {
namespace {

template <class F>
bool with_libre(const input& in, F&& f) {
    auto* mb = static_cast<struct mbuf*>(in.peer);
    mb->pos = 0;
    struct sip_msg* msg = nullptr;
    if (sip_msg_decode(&msg, mb) != 0) return false;
    const bool ok = !msg->req;
    if (ok) f(static_cast<int>(msg->scode), msg->reason);
    mem_deref(msg);
    return ok;
}

void prepare(input& in) {
    struct mbuf* mb = mbuf_alloc(in.with_header.size());
    mbuf_write_mem(mb, reinterpret_cast<const uint8_t*>(in.with_header.data()), in.with_header.size());
    in.peer = mb;
}

void release(input& in) { in.peer = mem_deref(in.peer); }

std::uint64_t run_decode(const input& in) {
    std::uint64_t d = 0;
    with_libre(in, [&](int code, const struct pl& phrase) {
        d = static_cast<std::uint64_t>(code) + reinterpret_cast<std::uintptr_t>(phrase.p) + phrase.l;
    });
    return d;
}
bool observe_decode(const input& in, observed& out) {
    return with_libre(in, [&](int code, const struct pl& phrase) {
        out.code = code;
        out.phrase.assign(phrase.p, phrase.l);
    });
}

}  // namespace

void init_libre() { (void)libre_init(); }

std::vector<line_path> libre_lines() {
    return {{"libre sip_msg_decode", "sip_msg_decode(mbuf with line + Content-Length: 0), mem_deref()",
             run_decode, observe_decode, prepare, release}};
}

}  // namespace sipcode_bench::adapters
