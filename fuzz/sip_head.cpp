// read_sip_head() (cli/trace/sip_message.hpp): every view it returns lies inside the input, the sizes
// stay inside it, a head ended by its empty line does not depend on what follows, `at_end` never
// leaves a head incomplete, and a buffer of messages is framed by head_size + Content-Length
// (RFC 3261 s18.3) as a TCP reader frames it.
#include "fuzz_check.hpp"

#include "../cli/trace/sip_message.hpp"

namespace {

using sipcode::cli::trace::head_status;
using sipcode::cli::trace::message;
using sipcode::cli::trace::read_sip_head;
using sipcode::cli::trace::sip_head;

void check(std::string_view in, const sip_head& h, const message& m) {
    SIPCODE_FUZZ_CHECK(h.head_size <= in.size());
    for (const std::string_view v : {m.start_line, m.head, m.method, m.call_id, m.cseq_method, m.via_branch,
                                     m.from_tag, m.to_tag, m.status.line.reason}) {
        SIPCODE_FUZZ_CHECK(sipcode_fuzz::inside(v, in));
    }
    if (h.status != head_status::complete) {
        SIPCODE_FUZZ_CHECK(m.start_line.empty() && m.head.empty());
        return;
    }
    SIPCODE_FUZZ_CHECK(!m.start_line.empty());
    SIPCODE_FUZZ_CHECK(m.head.data() == m.start_line.data());
    SIPCODE_FUZZ_CHECK(m.head.data() + m.head.size() == in.data() + h.head_size);
    SIPCODE_FUZZ_CHECK((m.type == message::kind::request) == !m.method.empty());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view in = sipcode_fuzz::as_view(data, size);
    std::string_view rest = in;
    for (int i = 0; i < 8 && !rest.empty(); ++i) {
        message m;
        const sip_head h = read_sip_head(rest, m);
        check(rest, h, m);
        message e;
        const sip_head at_end = read_sip_head(rest, e, true);
        check(rest, at_end, e);
        SIPCODE_FUZZ_CHECK(at_end.status != head_status::incomplete);
        if (h.status == head_status::complete) {
            SIPCODE_FUZZ_CHECK(at_end.head_size == h.head_size && e.start_line == m.start_line);
        }
        if (h.status != head_status::complete) break;
        if (h.blank_line) {
            // The head ended at its empty line: the bytes after it change nothing.
            message alone;
            const sip_head cut = read_sip_head(rest.substr(0, h.head_size), alone);
            SIPCODE_FUZZ_CHECK(cut.status == head_status::complete && cut.head_size == h.head_size);
            SIPCODE_FUZZ_CHECK(alone.call_id == m.call_id && alone.via_branch == m.via_branch &&
                               alone.cseq_number == m.cseq_number && alone.to_tag == m.to_tag &&
                               cut.content_length == h.content_length);
        }
        const std::size_t body = h.content_length ? *h.content_length : 0;
        if (body > rest.size() - h.head_size) break;
        rest.remove_prefix(h.head_size + body);
    }
    return 0;
}
