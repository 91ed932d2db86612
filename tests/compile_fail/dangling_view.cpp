// Built several times by CTest: as is it must compile; with SIPCODE_EXPECT_FAIL=N it must fail at
// line 9 + 2N with an error naming a deleted function, because parser N would return views into
// a temporary std::string destroyed at the end of the statement (detail/no_dangling.hpp).
#include <sipcode/sipcode.hpp>
#include <sipcode/telephony.hpp>

#include <string>

std::size_t good_or_bad([[maybe_unused]] const std::string& kept) {
#if SIPCODE_EXPECT_FAIL == 1
    return sipcode::parse_status_line(std::string("SIP/2.0 200 OK\r\n")).line.reason.size();
#elif SIPCODE_EXPECT_FAIL == 2
    return sipcode::parse_retry_after(std::string("120 (in a meeting)")).value.comment.size();
#elif SIPCODE_EXPECT_FAIL == 3
    return sipcode::parse_reason(std::string("Q.850;cause=16;text=\"Normal\"")).value.text.size();
#elif SIPCODE_EXPECT_FAIL == 4
    return sipcode::parse_warning(std::string("399 host \"text\"")).value.text.size();
#elif SIPCODE_EXPECT_FAIL == 5
    return sipcode::find_reason(std::string("SIP;cause=480"), sipcode::reason_protocol::sip).value.text.size();
#else
    // Lvalues, literals and views are fine: the text outlives the result.
    return sipcode::parse_status_line(kept).line.reason.size() + sipcode::parse_retry_after("120").consumed +
           sipcode::parse_reason(std::string_view(kept)).consumed;
#endif
}
