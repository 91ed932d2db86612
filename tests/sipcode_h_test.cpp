// The C header <sipcode.h> against the C++ library: the same answers for every code, cause, request
// context and parser input the sweeps reach. Each C function is run twice: compiled as C99 (through
// tests/c/c_api.c) and compiled as C++ (this file includes sipcode.h); both must equal the C++
// library's answer.
#include <sipcode.h>

#include <sipcode/advice.hpp>
#include <sipcode/messages.hpp>
#include <sipcode/parse.hpp>
#include <sipcode/q850.hpp>
#include <sipcode/sipcode.hpp>
#include <sipcode/warning.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "c/c_api.h"
#include "support/heap_input.hpp"
#include "support/parse_cases.hpp"

using sipcode_test::heap_input;
using sipcode_test::printable;

namespace {

std::string_view text(const char* s) { return s == nullptr ? std::string_view() : std::string_view(s); }

// Counts of what each test compared, printed at the end of each test case.
struct tally {
    const char* what;
    long count = 0;
    ~tally() { MESSAGE(std::string(what) << ": " << count << " comparisons"); }
};

// ---------------------------------------------------------------------------------------------
// Registry, classify, messages

std::string joined_names(sipcode::header_set set) {
    std::string out;
    for (const sipcode::header_field h : set) {
        if (!out.empty()) out += ", ";
        out += std::string(sipcode::header_name(h));
    }
    return out;
}

bool same_row(const sipcode_status_info* c, const sipcode::status_info* cpp) {
    if (c == nullptr || cpp == nullptr) return c == nullptr && cpp == nullptr;
    return c->code == cpp->code && static_cast<int>(c->cls) == static_cast<int>(cpp->cls) &&
           (c->deprecated != 0) == cpp->deprecated && text(c->name) == cpp->name && text(c->reason) == cpp->reason &&
           text(c->references) == cpp->references && static_cast<int>(c->uac) == static_cast<int>(cpp->next.uac) &&
           static_cast<int>(c->proxy) == static_cast<int>(cpp->next.proxy) &&
           static_cast<int>(c->dialog) == static_cast<int>(cpp->next.dialog) &&
           c->response_headers == cpp->next.response_headers.bits() &&
           c->request_headers == cpp->next.request_headers.bits() &&
           text(c->response_header_names) == joined_names(cpp->next.response_headers) &&
           text(c->request_header_names) == joined_names(cpp->next.request_headers) && text(c->basis) == cpp->basis &&
           text(c->dialog_basis) == cpp->dialog_basis && text(c->hint) == cpp->hint &&
           text(c->user_message) == cpp->user_message;
}

bool same_classification(const sipcode_classification& c, const sipcode::classification& cpp) {
    if (c.code != cpp.code || static_cast<int>(c.cls) != static_cast<int>(cpp.cls) || (c.is_final != 0) != cpp.is_final ||
        (c.registered != 0) != cpp.registered || c.effective != cpp.effective || !same_row(c.info, cpp.info)) {
        return false;
    }
    if (c.acted == nullptr) return cpp.effective == 0;
    return c.acted->code == cpp.effective && static_cast<int>(c.acted->uac) == static_cast<int>(cpp.next.uac) &&
           static_cast<int>(c.acted->proxy) == static_cast<int>(cpp.next.proxy) &&
           static_cast<int>(c.acted->dialog) == static_cast<int>(cpp.next.dialog) &&
           c.acted->response_headers == cpp.next.response_headers.bits() &&
           c.acted->request_headers == cpp.next.request_headers.bits();
}

std::vector<int> every_int_code() {
    std::vector<int> codes;
    for (int code = -3; code <= 65536 + 3; ++code) codes.push_back(code);
    for (int code : {INT_MIN, INT_MIN + 1, -65536, -65535, 65536 + 200, 131072 + 486, 1 << 20, INT_MAX}) {
        codes.push_back(code);
    }
    return codes;
}

}  // namespace

TEST_CASE("c_header.compiled_as_c") {
    CHECK(c_api_stdc_version() >= 199901L);
}

TEST_CASE("c_header.registry_rows") {
    tally t{"registry rows"};
    REQUIRE(SIPCODE_REGISTRY_SIZE == sipcode::registry.size());
    for (std::size_t i = 0; i < sipcode::registry.size(); ++i) {
        INFO("row " << i << " code " << sipcode::registry[i].code);
        CHECK(same_row(&c_api_registry()[i], &sipcode::registry[i]));
        CHECK(same_row(&sipcode_registry()[i], &sipcode::registry[i]));
        CHECK(static_cast<int>(sipcode::registry[i].code) == c_api_registry()[i].code);
        ++t.count;
    }
    // The status enumerators are the registry's codes.
    CHECK(SIPCODE_STATUS_BUSY_HERE == 486);
    CHECK(SIPCODE_STATUS_REJECTED == static_cast<int>(sipcode::status::rejected));
}

TEST_CASE("c_header.vocabulary") {
    tally t{"vocabulary names and descriptions"};
    for (std::size_t v = 0; v <= sipcode::next_step_count; ++v) {  // one past the end too
        const auto e = static_cast<sipcode::next_step>(v);
        CHECK(text(c_api_next_step_name(static_cast<int>(v))) == sipcode::to_string(e));
        CHECK(text(c_api_next_step_description(static_cast<int>(v))) == sipcode::describe(e));
        ++t.count;
    }
    for (std::size_t v = 0; v <= sipcode::proxy_action_count; ++v) {
        const auto e = static_cast<sipcode::proxy_action>(v);
        CHECK(text(c_api_proxy_action_name(static_cast<int>(v))) == sipcode::to_string(e));
        CHECK(text(c_api_proxy_action_description(static_cast<int>(v))) == sipcode::describe(e));
        ++t.count;
    }
    for (std::size_t v = 0; v <= sipcode::dialog_effect_count; ++v) {
        const auto e = static_cast<sipcode::dialog_effect>(v);
        CHECK(text(c_api_dialog_effect_name(static_cast<int>(v))) == sipcode::to_string(e));
        CHECK(text(c_api_dialog_effect_description(static_cast<int>(v))) == sipcode::describe(e));
        ++t.count;
    }
    CHECK(SIPCODE_NEXT_STEP_COUNT == sipcode::next_step_count);
    CHECK(SIPCODE_PROXY_ACTION_COUNT == sipcode::proxy_action_count);
    CHECK(SIPCODE_DIALOG_EFFECT_COUNT == sipcode::dialog_effect_count);
    REQUIRE(SIPCODE_HEADER_COUNT == sipcode::header_field_count);
    for (std::size_t h = 0; h <= sipcode::header_field_count; ++h) {
        CHECK(text(c_api_header_name(static_cast<int>(h))) == sipcode::header_name(static_cast<sipcode::header_field>(h)));
        ++t.count;
    }
    CHECK(SIPCODE_HEADER_RETRY_AFTER == static_cast<int>(sipcode::header_field::retry_after));
    REQUIRE(SIPCODE_METHOD_COUNT == sipcode::sip_methods.size());
    for (unsigned i = 0; i < SIPCODE_METHOD_COUNT; ++i) {
        CHECK(text(c_api_method_name(i)) == sipcode::sip_methods[i]);
        ++t.count;
    }
    CHECK(text(c_api_method_name(SIPCODE_METHOD_COUNT)).empty());
    for (int cls = 0; cls <= 7; ++cls) {
        CHECK(text(c_api_status_class_name(cls)) == sipcode::to_string(static_cast<sipcode::status_class>(cls)));
        ++t.count;
    }
}

TEST_CASE("c_header.every_code_classify_reason_message") {
    tally t{"codes through classify, find, reason_phrase, user_message"};
    for (const int code : every_int_code()) {
        const sipcode::classification cpp = sipcode::classify(code);
        const sipcode_classification c = c_api_classify(code);
        if (!same_classification(c, cpp) || !same_classification(sipcode_classify(code), cpp)) {
            FAIL_CHECK("classify(" << code << ") differs");
        }
        const std::string_view phrase = sipcode::reason_phrase(code);
        const char* c_phrase = c_api_reason_phrase(code);
        if ((c_phrase == nullptr) != phrase.empty() || text(c_phrase) != phrase ||
            text(sipcode_reason_phrase(code)) != phrase) {
            FAIL_CHECK("reason_phrase(" << code << ") differs");
        }
        if (!same_row(c_api_find(code), sipcode::find(code))) FAIL_CHECK("find(" << code << ") differs");
        if (text(c_api_user_message(code)) != sipcode::user_message(code) ||
            text(sipcode_user_message(code)) != sipcode::user_message(code)) {
            FAIL_CHECK("user_message(" << code << ") differs");
        }
        ++t.count;
    }
}

// ---------------------------------------------------------------------------------------------
// The decision: every code in every request context, with and without Retry-After

namespace {

struct context_pair {
    sipcode_request_context c;
    sipcode::request_context cpp;
    std::string label;
};

std::vector<context_pair> request_contexts(const std::vector<std::string>& methods) {
    std::vector<context_pair> out;
    for (const std::string& m : methods) {
        for (const bool dialog : {false, true}) {
            for (int flags = 0; flags < 8; ++flags) {
                context_pair p{dialog ? c_api_in_dialog(m.c_str()) : c_api_out_of_dialog(m.c_str()),
                               dialog ? sipcode::in_dialog(m) : sipcode::out_of_dialog(m), ""};
                p.label = (dialog ? "in_dialog(" : "out_of_dialog(") + m + ")";
                if (flags & 1) {
                    p.c.terminating = 1;
                    p.cpp = p.cpp.terminating();
                    p.label += ".terminating";
                }
                if (flags & 2) {
                    p.c.new_usage = 1;
                    p.cpp = p.cpp.new_usage();
                    p.label += ".new_usage";
                }
                if (flags & 4) {
                    p.c.call_id_owner = 1;
                    p.cpp = p.cpp.call_id_owner();
                    p.label += ".call_id_owner";
                }
                out.push_back(p);
            }
        }
    }
    return out;
}

bool same_advice(const sipcode_advice& c, const sipcode::advice& cpp) {
    return static_cast<int>(c.step) == static_cast<int>(cpp.step) &&
           static_cast<int>(c.dialog) == static_cast<int>(cpp.dialog) && (c.send_bye != 0) == cpp.send_bye &&
           c.delay_min_ms == cpp.delay_min.count() && c.delay_max_ms == cpp.delay_max.count() &&
           (c.has_delay != 0) == cpp.has_delay && c.avoid_server_for_s == cpp.avoid_server_for.count() &&
           c.available_for_s == cpp.available_for.count() && (c.has_duration != 0) == cpp.has_duration &&
           c.code == cpp.code && c.effective == cpp.effective && c.acted_on == cpp.acted_on &&
           text(c.basis) == cpp.basis && text(c.dialog_basis) == cpp.dialog_basis;
}

}  // namespace

// sipcode_classify() copies from a table of 100..699 kept in one object with the registry rows:
// `info` and `acted` must be the very rows sipcode_find() returns, not copies.
TEST_CASE("c_header.classify_points_at_the_registry_rows") {
    tally t{"codes whose info and acted rows were checked by address"};
    for (int code = -3; code <= 1000; ++code) {
        const sipcode_classification c = c_api_classify(code);
        CHECK(c.info == c_api_find(code));
        CHECK(c.acted == (c.effective == 0 ? nullptr : c_api_find(c.effective)));
        const sipcode_classification cxx = sipcode_classify(code);
        CHECK(cxx.info == sipcode_find(code));
        CHECK(cxx.acted == (cxx.effective == 0 ? nullptr : sipcode_find(cxx.effective)));
        ++t.count;
    }
}

TEST_CASE("c_header.every_code_in_every_request_context") {
    tally t{"advise and effect_on_dialog (code x request context x Retry-After)"};
    std::vector<std::string> methods(sipcode::sip_methods.begin(), sipcode::sip_methods.end());
    methods.insert(methods.end(), {"FOO", "invite", "", "INVITEX", "BY"});
    const std::vector<context_pair> contexts = request_contexts(methods);
    std::vector<int> codes;
    for (int code = 0; code <= 999; ++code) codes.push_back(code);
    for (int code : {-1, 65535, 65536, 65536 + 486, INT_MAX, INT_MIN}) codes.push_back(code);

    sipcode::retry_after cpp_retry[3];
    sipcode_retry_after c_retry[3] = {{120, 0, 0}, {120, 1, 3600}, {0, 1, 0}};
    cpp_retry[0].seconds = 120;
    cpp_retry[1].seconds = 120;
    cpp_retry[1].has_duration = true;
    cpp_retry[1].duration = 3600;
    cpp_retry[2].has_duration = true;

    for (const int code : codes) {
        // The default context: a NULL pointer in C, an INVITE outside a dialog in C++.
        if (!same_advice(c_api_advise(code, nullptr, nullptr), sipcode::advise(code))) {
            FAIL_CHECK("advise(" << code << ") with the default context differs");
        }
        if (static_cast<int>(c_api_effect_on_dialog(code, nullptr)) !=
            static_cast<int>(sipcode::effect_on_dialog(code, sipcode::request_context{}))) {
            FAIL_CHECK("effect_on_dialog(" << code << ") with the default context differs");
        }
        t.count += 2;
        for (const context_pair& p : contexts) {
            if (!same_advice(c_api_advise(code, &p.c, nullptr), sipcode::advise(code, p.cpp)) ||
                !same_advice(sipcode_advise(code, &p.c, nullptr), sipcode::advise(code, p.cpp))) {
                FAIL_CHECK("advise(" << code << ", " << p.label << ") differs");
            }
            for (int r = 0; r < 3; ++r) {
                if (!same_advice(c_api_advise(code, &p.c, &c_retry[r]), sipcode::advise(code, p.cpp, &cpp_retry[r]))) {
                    FAIL_CHECK("advise(" << code << ", " << p.label << ", Retry-After " << r << ") differs");
                }
            }
            if (static_cast<int>(c_api_effect_on_dialog(code, &p.c)) !=
                static_cast<int>(sipcode::effect_on_dialog(code, p.cpp))) {
                FAIL_CHECK("effect_on_dialog(" << code << ", " << p.label << ") differs");
            }
            t.count += 6;
        }
    }
}

TEST_CASE("c_header.method_need_not_be_nul_terminated") {
    const char buffer[] = "BYEBYE";
    sipcode_request_context r = sipcode_in_dialog("INVITE");
    r.method = buffer;
    r.method_len = 3;
    CHECK(sipcode_advise(200, &r, nullptr).dialog == SIPCODE_DIALOG_EFFECT_USAGE);  // a 2xx to BYE ends the usage
    r.method_len = 6;
    CHECK(sipcode_advise(200, &r, nullptr).dialog == SIPCODE_DIALOG_EFFECT_NONE);
}

// ---------------------------------------------------------------------------------------------
// Q.850 and RFC 3398

TEST_CASE("c_header.q850_every_cause_and_status") {
    tally t{"Q.850 mappings (cause x location x diagnostic, status x warn-code) and names"};
    for (int cause = 0; cause <= 255; ++cause) {
        const auto u8 = static_cast<std::uint8_t>(cause);
        for (int location = 0; location <= 15; ++location) {
            for (const bool diagnostic : {false, true}) {
                const sipcode::q850_to_sip_result cpp =
                    sipcode::q850_to_sip(u8, static_cast<sipcode::q850_location>(location), diagnostic);
                const sipcode_q850_to_sip_result c =
                    c_api_q850_to_sip(cause, static_cast<sipcode_q850_location>(location), diagnostic ? 1 : 0);
                if (c.status != cpp.status || static_cast<int>(c.basis) != static_cast<int>(cpp.basis)) {
                    FAIL_CHECK("q850_to_sip(" << cause << ", " << location << ", " << diagnostic << ") differs");
                }
                ++t.count;
            }
        }
        const sipcode::q850_to_sip_result plain = sipcode::q850_to_sip(u8);
        const sipcode_q850_to_sip_result c = sipcode_q850_to_sip(cause, SIPCODE_Q850_LOCATION_PUBLIC_NETWORK_REMOTE, 0);
        CHECK(c.status == plain.status);
        const std::string_view name = sipcode::q850_cause_name(u8);
        const char* c_name = c_api_q850_cause_name(cause);
        if ((c_name == nullptr) != name.empty() || text(c_name) != name) FAIL_CHECK("q850_cause_name(" << cause << ")");
        t.count += 2;
    }
    std::vector<int> warn_codes = {0, 1, 999, 65535};
    for (int w = 299; w <= 400; ++w) warn_codes.push_back(w);
    for (int status = 0; status <= 999; ++status) {
        for (const int w : warn_codes) {
            const sipcode::sip_to_q850_result cpp =
                sipcode::sip_to_q850(static_cast<std::uint16_t>(status), static_cast<std::uint16_t>(w));
            const sipcode_sip_to_q850_result c = c_api_sip_to_q850(status, w);
            if (c.cause != cpp.cause || (c.user_location != 0) != cpp.user_location ||
                (c.retry_first != 0) != cpp.retry_first || static_cast<int>(c.basis) != static_cast<int>(cpp.basis)) {
                FAIL_CHECK("sip_to_q850(" << status << ", " << w << ") differs");
            }
            ++t.count;
        }
        const sipcode::warn_code_info* cpp_row = sipcode::find_warn_code(static_cast<std::uint16_t>(status));
        const sipcode_warn_code_info* c_row = c_api_find_warn_code(status);
        if ((c_row == nullptr) != (cpp_row == nullptr) ||
            (c_row != nullptr && (c_row->code != cpp_row->code || text(c_row->text) != cpp_row->text ||
                                  text(c_row->reference) != cpp_row->reference))) {
            FAIL_CHECK("find_warn_code(" << status << ") differs");
        }
        ++t.count;
    }
}

// ---------------------------------------------------------------------------------------------
// The status-line parser

namespace {

long parser_comparisons = 0;

sipcode_parse_mode c_mode(sipcode::parse_mode m) {
    return m == sipcode::parse_mode::strict ? SIPCODE_PARSE_STRICT : SIPCODE_PARSE_LENIENT;
}

std::string describe(const sipcode_parse_result& r, const char* base) {
    return std::string(sipcode_parse_errc_name(r.ec)) + " at " + std::to_string(r.consumed) + " code " +
           std::to_string(r.code) + " reason " +
           (r.reason == nullptr ? std::string("NULL") : "+" + std::to_string(r.reason - base) + "/" + std::to_string(r.reason_len)) +
           " version " +
           (r.version == nullptr ? std::string("NULL") : "+" + std::to_string(r.version - base) + "/" + std::to_string(r.version_len));
}

bool same_parse(const sipcode_parse_result& c, const sipcode::parse_result& cpp, std::string_view in) {
    if (static_cast<int>(c.ec) != static_cast<int>(cpp.ec) || c.consumed != cpp.consumed || c.code != cpp.line.code) {
        return false;
    }
    if (cpp.line.version.data() == nullptr) {
        if (c.version != nullptr || c.version_len != 0) return false;
    } else if (c.version != cpp.line.version.data() || c.version_len != cpp.line.version.size()) {
        return false;
    }
    if (cpp) return c.reason == cpp.line.reason.data() && c.reason_len == cpp.line.reason.size();
    (void)in;
    return c.reason == nullptr && c.reason_len == 0 && cpp.line.reason.empty();
}

/** Parses `input` from an exact-size heap buffer with the C parser (compiled as C and as C++), the
 *  C general parser alone (compiled as C: the fast path's reference) and the C++ parser, in `mode`;
 *  all four must agree in everything. */
void compare(std::string_view input, sipcode::parse_mode mode) {
    const heap_input buf(input);
    const std::string_view in = buf.view();
    const sipcode::parse_result cpp = sipcode::parse_status_line(in, mode);
    const sipcode_parse_result c = c_api_parse(in.data(), in.size(), c_mode(mode));
    const sipcode_parse_result cxx = sipcode_parse_status_line(in.data(), in.size(), c_mode(mode));
    const sipcode_parse_result general = c_api_parse_general(in.data(), in.size(), c_mode(mode));
    ++parser_comparisons;
    if (!same_parse(c, cpp, in) || !same_parse(cxx, cpp, in) || !same_parse(general, cpp, in)) {
        FAIL_CHECK("\"" << printable(input) << "\" (" << sipcode::to_string(mode) << "): C++ "
                        << sipcode::to_string(cpp.ec) << " at " << cpp.consumed << " code " << cpp.line.code
                        << "; C " << describe(c, in.data()) << "; C as C++ " << describe(cxx, in.data())
                        << "; C general " << describe(general, in.data()));
    }
}

void compare_both(std::string_view input) {
    compare(input, sipcode::parse_mode::strict);
    compare(input, sipcode::parse_mode::lenient);
}

struct parser_tally {
    const char* what;
    long start = parser_comparisons;
    ~parser_tally() { MESSAGE(std::string(what) << ": " << parser_comparisons - start << " inputs x mode compared"); }
};

}  // namespace

TEST_CASE("c_header.parse_errc_values_and_names") {
    CHECK(SIPCODE_PARSE_ERRC_COUNT == sipcode::parse_errc_count);
    for (int e = 0; e <= static_cast<int>(sipcode::parse_errc_count); ++e) {
        CHECK(text(c_api_parse_errc_name(e)) == sipcode::to_string(static_cast<sipcode::parse_errc>(e)));
        CHECK(text(c_api_parse_errc_describe(e)) == sipcode::describe(static_cast<sipcode::parse_errc>(e)));
    }
    CHECK(SIPCODE_PARSE_OK == 0);
    CHECK(SIPCODE_PARSE_BARE_LF == static_cast<int>(sipcode::parse_errc::bare_lf));
    CHECK(SIPCODE_PARSE_CODE_OUT_OF_RANGE == static_cast<int>(sipcode::parse_errc::code_out_of_range));
}

TEST_CASE("c_header.parser_hand_written_cases") {
    parser_tally t{"parse_cases.hpp"};
    for (const sipcode_test::parse_case& pc : sipcode_test::parse_cases) {
        compare_both(pc.input);
        // ...and the C parser meets the cases' own expectations.
        const heap_input buf(pc.input);
        for (const bool lenient : {false, true}) {
            const sipcode_test::expectation& e = lenient ? pc.lenient : pc.strict;
            const sipcode_parse_result r =
                c_api_parse(buf.view().data(), buf.view().size(), lenient ? SIPCODE_PARSE_LENIENT : SIPCODE_PARSE_STRICT);
            INFO("\"" << printable(pc.input) << "\" lenient " << lenient);
            CHECK(static_cast<int>(r.ec) == static_cast<int>(e.ec));
            CHECK(r.consumed == e.at);
            if (e.ec == sipcode::parse_errc::ok) {
                CHECK(r.code == e.code);
                CHECK(std::string_view(r.reason, r.reason_len) == e.reason);
            }
        }
    }
}

TEST_CASE("c_header.parser_every_code_000_to_999") {
    parser_tally t{"every code 000..999"};
    for (int code = 0; code <= 999; ++code) {
        const char digits[4] = {static_cast<char>('0' + code / 100), static_cast<char>('0' + code / 10 % 10),
                                static_cast<char>('0' + code % 10), 0};
        const std::string_view phrase = sipcode::reason_phrase(code);
        compare_both("SIP/2.0 " + std::string(digits) + " " + std::string(phrase.empty() ? "Whatever" : phrase) + "\r\n");
        compare_both("SIP/2.0 " + std::string(digits) + "\r\n");
        compare_both("SIP/2.0 " + std::string(digits));
    }
}

TEST_CASE("c_header.parser_every_octet_at_every_position") {
    parser_tally t{"every octet at every position of nine lines, and every prefix"};
    const std::string_view bases[] = {
        "SIP/2.0 486 Busy Here\r\n",
        "sip/2.0 699 \r\n",
        "SIP/2.0 100 Trying and trying and trying again\r\n",
        "\r\nSIP/2.0 200 OK\r\n",
        "SIP/2.0 480 Away%20now \xC3\xA9\xE5\xBF\x99 ok\r\n",
        "SIP/2.0  200 \t OK \t\r\n",
        "SIP/2.0 200 OK\nVia: x\r\n",
        "SIP/2.0 503 Service Unavailable",
        "SIP/2.0 183 Session Progress with a phrase longer than thirty-two octets\r\nX",
    };
    for (const std::string_view base : bases) {
        for (std::size_t n = 0; n <= base.size(); ++n) compare_both(base.substr(0, n));
        for (std::size_t pos = 0; pos < base.size(); ++pos) {
            for (unsigned b = 0; b < 256; ++b) {
                std::string line(base);
                line[pos] = static_cast<char>(b);
                compare_both(line);
            }
        }
    }
}

TEST_CASE("c_header.parser_odd_octet_at_every_phrase_position") {
    parser_tally t{"odd octet at every phrase position, phrases of 1..80 octets"};
    for (std::size_t size = 1; size <= 80; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            const bool all_octets = size == 1 || size == 4 || size == 15 || size == 16 || size == 17 ||
                                    size == 21 || size == 33 || size == 52 || size == 80;
            for (unsigned b = 0; b < 256; ++b) {
                if (!all_octets && b != 0 && b != 9 && b != 10 && b != 13 && b != 0x20 && b != 0x22 && b != 0x25 &&
                    b != 0x26 && b != 0x3C && b != 0x5F && b != 0x7F && b != 0x80 && b != 0xC3 && b != 0xFF) {
                    continue;
                }
                std::string phrase(size, 'z');
                phrase[pos] = static_cast<char>(b);
                compare_both("SIP/2.0 200 " + phrase + "\r\n");
                compare_both("SIP/2.0 200 " + phrase + "\r\n" + phrase);
                compare_both("SIP/2.0 200 " + phrase);
            }
        }
    }
}

TEST_CASE("c_header.parser_long_phrases_and_null") {
    parser_tally t{"long phrases"};
    for (const std::size_t size : {std::size_t{65535}, std::size_t{65536}, std::size_t{1} << 20}) {
        std::string line = "SIP/2.0 500 " + std::string(size, 'x') + "\r\n";
        compare_both(line);
        line[12 + size - 1] = '\x1b';
        compare_both(line);
        line.erase(line.size() - 2);
        compare_both(line);
    }
    const sipcode_parse_result r = c_api_parse(nullptr, 0, SIPCODE_PARSE_STRICT);
    CHECK(r.ec == SIPCODE_PARSE_INCOMPLETE);
    CHECK(r.consumed == 0);
}

// The C twin of parse_status_line.fast_phrase_agrees_with_the_general_parser: the C fast path checks
// UTF-8 sequences, escapes and the other octets strict mode takes as bit masks over 16-octet blocks
// (a sequence possibly crossing a block). Every sequence below, whole, cut short or broken, at every
// position of phrases up to 70 octets, alone on its line (the whole-line check), followed by a
// header field (the forward scan) and without its LF, must read as the C general parser and the C++
// parser read it.
TEST_CASE("c_header.fast_phrase_agrees_with_the_general_parser") {
    parser_tally t{"UTF-8, escapes and excluded octets at every position of phrases of 1..70 octets"};
    const std::string_view sequences[] = {
        "\xC3\xA9", "\xE2\x80\x93", "\xF0\x9F\x93\x9E", "\xF8\x88\x80\x80\x80", "\xFC\x84\x80\x80\x80\x80",
        "\xC3", "\xE2\x80", "\xF0\x9F\x93", "\xC3z", "\xE2\x80z", "\xC3\xC3\xA9", "\x80", "\xBF\xBF", "\xFE",
        "\xFF", "\xC0\x80", "\xDF\xBF\xE0", "%41", "%4", "%", "%zz", "%%41", "\xC3%41", "%C3%A9", "\t", "=",
        "_~$&?@", "\"", "[", "\\", "<>", "#", "\x7F", "\r", "\n", "\r\r\n", " ", "\t ", "!", std::string_view("\0", 1)};
    for (std::size_t size = 1; size <= 70; ++size) {
        for (std::size_t pos = 0; pos < size; ++pos) {
            for (const std::string_view seq : sequences) {
                std::string phrase(size, 'z');
                phrase.replace(pos, std::min(seq.size(), size - pos), seq.substr(0, size - pos));
                const std::string line = "SIP/2.0 486 " + phrase + "\r\n";
                compare_both(line);
                compare_both(line + "Via: SIP/2.0/UDP h\r\n");
                compare_both(line.substr(0, line.size() - 1));  // no LF: incomplete
            }
        }
    }
}
