// Hand-written status-line cases. Each expectation was derived from RFC 3261 s25.1 (strict) and the
// lenient rules documented in parse.hpp, by reading the input, not by running the parser.
// `at` is `consumed`: the bytes the line took on success, the offset of the defect on failure.
#ifndef SIPCODE_TESTS_PARSE_CASES_HPP
#define SIPCODE_TESTS_PARSE_CASES_HPP

#include <sipcode/parse.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace sipcode_test {

using namespace std::string_view_literals;
using sipcode::parse_errc;

struct expectation {
    parse_errc ec;
    std::size_t at;
    std::uint16_t code = 0;        // checked when ec is ok, code_out_of_range or code_too_long (0)
    std::string_view reason = {};  // checked when ec is ok
};

struct parse_case {
    std::string_view input;
    expectation strict;
    expectation lenient;
};

constexpr expectation ok(std::size_t at, std::uint16_t code, std::string_view reason) {
    return {parse_errc::ok, at, code, reason};
}
constexpr expectation err(parse_errc e, std::size_t at, std::uint16_t code = 0) { return {e, at, code, {}}; }

using E = parse_errc;

// clang-format off
inline constexpr parse_case parse_cases[] = {
    // --- well-formed lines
    {"SIP/2.0 200 OK\r\n"sv,                       ok(16, 200, "OK"),              ok(16, 200, "OK")},
    {"SIP/2.0 486 Busy Here\r\n"sv,                ok(23, 486, "Busy Here"),       ok(23, 486, "Busy Here")},
    {"sip/2.0 180 Ringing\r\n"sv,                  ok(21, 180, "Ringing"),         ok(21, 180, "Ringing")},
    {"Sip/2.0 100 Trying\r\n"sv,                   ok(20, 100, "Trying"),          ok(20, 100, "Trying")},
    {"sIp/2.0 183 Session Progress\r\n"sv,         ok(30, 183, "Session Progress"), ok(30, 183, "Session Progress")},
    {"SIP/2.0 200 \r\n"sv,                         ok(14, 200, ""),                ok(14, 200, "")},
    {"SIP/2.0 200 O K\r\n"sv,                      ok(17, 200, "O K"),             ok(17, 200, "O K")},
    {"SIP/2.0 699 X\r\n"sv,                        ok(15, 699, "X"),               ok(15, 699, "X")},
    {"SIP/2.0 100 X\r\n"sv,                        ok(15, 100, "X"),               ok(15, 100, "X")},
    {"SIP/2.0 199 Early Dialog Terminated\r\n"sv,  ok(37, 199, "Early Dialog Terminated"), ok(37, 199, "Early Dialog Terminated")},
    {"SIP/2.0 481 Call/Transaction Does Not Exist\r\n"sv, ok(45, 481, "Call/Transaction Does Not Exist"), ok(45, 481, "Call/Transaction Does Not Exist")},
    {"SIP/2.0 479 Regretfully, we were not able to process the URI\r\n"sv, ok(62, 479, "Regretfully, we were not able to process the URI"), ok(62, 479, "Regretfully, we were not able to process the URI")},
    {"SIP/2.0 477 Unfortunately error on sending to next hop occurred (477/TM)\r\n"sv, ok(74, 477, "Unfortunately error on sending to next hop occurred (477/TM)"), ok(74, 477, "Unfortunately error on sending to next hop occurred (477/TM)")},
    {"SIP/2.0 500 a;b/c?d:e@f&g=h+i$j,k\r\n"sv,    ok(35, 500, "a;b/c?d:e@f&g=h+i$j,k"), ok(35, 500, "a;b/c?d:e@f&g=h+i$j,k")},
    {"SIP/2.0 500 -_.!~*'()\r\n"sv,                ok(23, 500, "-_.!~*'()"),       ok(23, 500, "-_.!~*'()")},
    {"SIP/2.0 480 Away%20now\r\n"sv,               ok(24, 480, "Away%20now"),      ok(24, 480, "Away%20now")},
    {"SIP/2.0 480 %2f%2F%aB\r\n"sv,                ok(23, 480, "%2f%2F%aB"),       ok(23, 480, "%2f%2F%aB")},
    {"SIP/2.0 486 Occup\xC3\xA9\r\n"sv,            ok(21, 486, "Occup\xC3\xA9"),   ok(21, 486, "Occup\xC3\xA9")},
    {"SIP/2.0 486 \xE5\xBF\x99\r\n"sv,             ok(17, 486, "\xE5\xBF\x99"),    ok(17, 486, "\xE5\xBF\x99")},
    {"SIP/2.0 486 \xF0\x9F\x93\x9E\r\n"sv,         ok(18, 486, "\xF0\x9F\x93\x9E"), ok(18, 486, "\xF0\x9F\x93\x9E")},
    {"SIP/2.0 486 \x80\r\n"sv,                     ok(15, 486, "\x80"),            ok(15, 486, "\x80")},
    {"SIP/2.0 200 \x80\x80\x80\r\n"sv,             ok(17, 200, "\x80\x80\x80"),    ok(17, 200, "\x80\x80\x80")},
    {"SIP/2.0 200 \xC0\x80\r\n"sv,                 ok(16, 200, "\xC0\x80"),        ok(16, 200, "\xC0\x80")},
    {"SIP/2.0 200 \xF8\x80\x80\x80\x80\r\n"sv,     ok(19, 200, "\xF8\x80\x80\x80\x80"), ok(19, 200, "\xF8\x80\x80\x80\x80")},
    {"SIP/2.0 200 \xFC\x80\x80\x80\x80\x80\r\n"sv, ok(20, 200, "\xFC\x80\x80\x80\x80\x80"), ok(20, 200, "\xFC\x80\x80\x80\x80\x80")},
    {"SIP/2.0 200 O\tK\r\n"sv,                     ok(17, 200, "O\tK"),            ok(17, 200, "O\tK")},
    {"SIP/2.0 200  OK\r\n"sv,                      ok(17, 200, " OK"),             ok(17, 200, "OK")},
    {"SIP/2.0 200 OK \r\n"sv,                      ok(17, 200, "OK "),             ok(17, 200, "OK")},
    {"SIP/2.0 200 \t OK \t\r\n"sv,                 ok(20, 200, "\t OK \t"),        ok(20, 200, "OK")},
    {"SIP/2.0 200 \t\r\n"sv,                       ok(15, 200, "\t"),              ok(15, 200, "")},
    // --- the line is followed by more of the message: nothing after CRLF is read
    {"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h\r\n\r\n"sv, ok(16, 200, "OK"),         ok(16, 200, "OK")},
    {"SIP/2.0 603 Decline\r\nX"sv,                 ok(21, 603, "Decline"),         ok(21, 603, "Decline")},
    {"SIP/2.0 200 OK\r\n\r\n"sv,                   ok(16, 200, "OK"),              ok(16, 200, "OK")},
    {"SIP/2.0 180 Ringing\r\nSIP/2.0 200 OK\r\n"sv, ok(21, 180, "Ringing"),       ok(21, 180, "Ringing")},
    {"SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\nSIP/2.0 486 Busy\r\n"sv, ok(16, 200, "OK"), ok(16, 200, "OK")},
    {"SIP/2.0 200 OK\r\n\0\0"sv,                   ok(16, 200, "OK"),              ok(16, 200, "OK")},
    {"SIP/2.0 503 Service Unavailable\r\n\x1b"sv,  ok(33, 503, "Service Unavailable"), ok(33, 503, "Service Unavailable")},
    // --- incomplete: a valid prefix of a line
    {""sv,                                         err(E::incomplete, 0),          err(E::incomplete, 0)},
    {"S"sv,                                        err(E::incomplete, 1),          err(E::incomplete, 1)},
    {"si"sv,                                       err(E::incomplete, 2),          err(E::incomplete, 2)},
    {"SIP/2"sv,                                    err(E::incomplete, 5),          err(E::incomplete, 5)},
    {"SIP/2."sv,                                   err(E::incomplete, 6),          err(E::incomplete, 6)},
    {"SIP/2.0"sv,                                  err(E::incomplete, 7),          err(E::incomplete, 7)},
    {"SIP/2.0 "sv,                                 err(E::incomplete, 8),          err(E::incomplete, 8)},
    {"SIP/2.0 20"sv,                               err(E::incomplete, 10),         err(E::incomplete, 10)},
    {"SIP/2.0 200"sv,                              err(E::incomplete, 11),         ok(11, 200, "")},
    {"SIP/2.0 200 "sv,                             err(E::incomplete, 12),         ok(12, 200, "")},
    {"SIP/2.0 200 \r"sv,                           err(E::incomplete, 13),         ok(13, 200, "")},
    {"SIP/2.0 200 OK"sv,                           err(E::incomplete, 14),         ok(14, 200, "OK")},
    {"SIP/2.0 200 OK\r"sv,                         err(E::incomplete, 15),         ok(15, 200, "OK")},
    {"SIP/2.0 100 Trying"sv,                       err(E::incomplete, 18),         ok(18, 100, "Trying")},
    {"SIP/2.0 600 Busy Everywhere"sv,              err(E::incomplete, 27),         ok(27, 600, "Busy Everywhere")},
    {"SIP/2.0 480 a%2"sv,                          err(E::incomplete, 15),         ok(15, 480, "a%2")},
    {"SIP/2.0 480 \xC3"sv,                         err(E::incomplete, 13),         ok(13, 480, "\xC3")},
    {"SIP/2.0 480 \xF0\x9F\x93"sv,                 err(E::incomplete, 15),         ok(15, 480, "\xF0\x9F\x93")},
    // --- empty lines before the status line (RFC 3261 s7.5)
    {"\r\n"sv,                                     err(E::leading_empty_line, 0),  err(E::incomplete, 2)},
    {"\r\n\r\n"sv,                                 err(E::leading_empty_line, 0),  err(E::incomplete, 4)},
    {"\r\nSIP/2.0 200 OK\r\n"sv,                   err(E::leading_empty_line, 0),  ok(18, 200, "OK")},
    {"\nSIP/2.0 200 OK\r\n"sv,                     err(E::leading_empty_line, 0),  ok(17, 200, "OK")},
    {"\n\n\r\nSIP/2.0 200 OK\n"sv,                 err(E::leading_empty_line, 0),  ok(19, 200, "OK")},
    {"\r\r\nSIP/2.0 200 OK\r\n"sv,                 err(E::leading_empty_line, 0),  err(E::bare_cr, 0)},
    {"\rSIP/2.0 200 OK\r\n"sv,                     err(E::leading_empty_line, 0),  err(E::bare_cr, 0)},
    {"\r\n\rSIP/2.0 200 OK\r\n"sv,                 err(E::leading_empty_line, 0),  err(E::bare_cr, 2)},
    {"\r"sv,                                       err(E::leading_empty_line, 0),  err(E::incomplete, 1)},
    {"\n\r"sv,                                     err(E::leading_empty_line, 0),  err(E::incomplete, 2)},
    // --- not a SIP status line
    {" SIP/2.0 200 OK\r\n"sv,                      err(E::not_sip, 0),             err(E::not_sip, 0)},
    {"\tSIP/2.0 200 OK\r\n"sv,                     err(E::not_sip, 0),             err(E::not_sip, 0)},
    {"HTTP/1.1 200 OK\r\n"sv,                      err(E::not_sip, 0),             err(E::not_sip, 0)},
    {"INVITE sip:bob@example.com SIP/2.0\r\n"sv,   err(E::not_sip, 0),             err(E::not_sip, 0)},
    {"SIPS/2.0 200 OK\r\n"sv,                      err(E::not_sip, 3),             err(E::not_sip, 3)},
    {"SIP 200 OK\r\n"sv,                           err(E::not_sip, 3),             err(E::not_sip, 3)},
    {"SIP\\2.0 200 OK\r\n"sv,                      err(E::not_sip, 3),             err(E::not_sip, 3)},
    {"SLP/2.0 200 OK\r\n"sv,                       err(E::not_sip, 1),             err(E::not_sip, 1)},
    {"SI/2.0 200 OK\r\n"sv,                        err(E::not_sip, 2),             err(E::not_sip, 2)},
    {"\xC5\xA0IP/2.0 200 OK\r\n"sv,                err(E::not_sip, 0),             err(E::not_sip, 0)},
    {"\0SIP/2.0 200 OK\r\n"sv,                     err(E::nul_byte, 0),            err(E::nul_byte, 0)},
    {"\x1bSIP/2.0 200 OK\r\n"sv,                   err(E::control_char, 0),        err(E::control_char, 0)},
    {"S\x7fP/2.0 200 OK\r\n"sv,                    err(E::control_char, 1),        err(E::control_char, 1)},
    // --- malformed or unsupported version
    {"SIP/ 200 OK\r\n"sv,                          err(E::bad_version, 4),         err(E::bad_version, 4)},
    {"SIP/2 200 OK\r\n"sv,                         err(E::bad_version, 5),         err(E::bad_version, 5)},
    {"SIP/2. 200 OK\r\n"sv,                        err(E::bad_version, 6),         err(E::bad_version, 6)},
    {"SIP/.0 200 OK\r\n"sv,                        err(E::bad_version, 4),         err(E::bad_version, 4)},
    {"SIP/a.0 200 OK\r\n"sv,                       err(E::bad_version, 4),         err(E::bad_version, 4)},
    {"SIP/2,0 200 OK\r\n"sv,                       err(E::bad_version, 5),         err(E::bad_version, 5)},
    {"SIP/2.x 200 OK\r\n"sv,                       err(E::bad_version, 6),         err(E::bad_version, 6)},
    {"SIP/-2.0 200 OK\r\n"sv,                      err(E::bad_version, 4),         err(E::bad_version, 4)},
    {"SIP/2\0.0 200 OK\r\n"sv,                     err(E::nul_byte, 5),            err(E::nul_byte, 5)},
    {"SIP/\r\n"sv,                                 err(E::bad_version, 4),         err(E::bad_version, 4)},
    {"SIP/2.0.1 200 OK\r\n"sv,                     err(E::missing_sp_after_version, 7), err(E::missing_sp_after_version, 7)},
    {"SIP/2.0/UDP 200 OK\r\n"sv,                   err(E::missing_sp_after_version, 7), err(E::missing_sp_after_version, 7)},
    {"SIP/2.0\r\n"sv,                              err(E::missing_sp_after_version, 7), err(E::missing_sp_after_version, 7)},
    {"SIP/2.0\n"sv,                                err(E::missing_sp_after_version, 7), err(E::missing_sp_after_version, 7)},
    {"SIP/2.0\0 200 OK\r\n"sv,                     err(E::nul_byte, 7),            err(E::nul_byte, 7)},
    {"SIP/2.0\t200 OK\r\n"sv,                      err(E::missing_sp_after_version, 7), ok(16, 200, "OK")},
    {"SIP/2.0  200 OK\r\n"sv,                      err(E::extra_space, 8),         ok(17, 200, "OK")},
    {"SIP/2.0 \t200 OK\r\n"sv,                     err(E::extra_space, 8),         ok(17, 200, "OK")},
    {"SIP/2.0   200   OK  "sv,                     err(E::extra_space, 8),         ok(20, 200, "OK")},
    {"SIP/1.0 200 OK\r\n"sv,                       err(E::unsupported_version, 4), err(E::unsupported_version, 4)},
    {"SIP/3.0 200 OK\r\n"sv,                       err(E::unsupported_version, 4), err(E::unsupported_version, 4)},
    {"SIP/2.1 200 OK\r\n"sv,                       err(E::unsupported_version, 4), err(E::unsupported_version, 4)},
    {"SIP/02.0 200 OK\r\n"sv,                      err(E::unsupported_version, 4), err(E::unsupported_version, 4)},
    {"SIP/2.00 200 OK\r\n"sv,                      err(E::unsupported_version, 4), err(E::unsupported_version, 4)},
    {"SIP/20.0 200 OK\r\n"sv,                      err(E::unsupported_version, 4), err(E::unsupported_version, 4)},
    {"SIP/22222222222222222222.0 200 OK\r\n"sv,    err(E::unsupported_version, 4), err(E::unsupported_version, 4)},
    // --- the status code
    {"SIP/2.0 \r\n"sv,                             err(E::missing_code, 8),        err(E::missing_code, 8)},
    {"SIP/2.0 \n"sv,                               err(E::missing_code, 8),        err(E::missing_code, 8)},
    {"SIP/2.0 20 OK\r\n"sv,                        err(E::code_too_short, 10),     err(E::code_too_short, 10)},
    {"SIP/2.0 2 OK\r\n"sv,                         err(E::code_too_short, 9),      err(E::code_too_short, 9)},
    {"SIP/2.0 20\r\n"sv,                           err(E::code_too_short, 10),     err(E::code_too_short, 10)},
    {"SIP/2.0 20\n"sv,                             err(E::code_too_short, 10),     err(E::code_too_short, 10)},
    {"SIP/2.0 2\t00 OK\r\n"sv,                     err(E::code_too_short, 9),      err(E::code_too_short, 9)},
    {"SIP/2.0 2000 OK\r\n"sv,                      err(E::code_too_long, 11),      err(E::code_too_long, 11)},
    {"SIP/2.0 20000\r\n"sv,                        err(E::code_too_long, 11),      err(E::code_too_long, 11)},
    {"SIP/2.0 1000"sv,                             err(E::code_too_long, 11),      err(E::code_too_long, 11)},
    {"SIP/2.0 0200 OK\r\n"sv,                      err(E::code_too_long, 11),      err(E::code_too_long, 11)},
    {"SIP/2.0 4866 Busy Here\r\n"sv,              err(E::code_too_long, 11),      err(E::code_too_long, 11)},
    {"SIP/2.0 OK 200\r\n"sv,                       err(E::code_not_numeric, 8),    err(E::code_not_numeric, 8)},
    {"SIP/2.0 2x0 OK\r\n"sv,                       err(E::code_not_numeric, 9),    err(E::code_not_numeric, 9)},
    {"SIP/2.0 20x OK\r\n"sv,                       err(E::code_not_numeric, 10),   err(E::code_not_numeric, 10)},
    {"SIP/2.0 -200 OK\r\n"sv,                      err(E::code_not_numeric, 8),    err(E::code_not_numeric, 8)},
    {"SIP/2.0 +200 OK\r\n"sv,                      err(E::code_not_numeric, 8),    err(E::code_not_numeric, 8)},
    {"SIP/2.0 0x1 OK\r\n"sv,                       err(E::code_not_numeric, 9),    err(E::code_not_numeric, 9)},
    {"SIP/2.0 \xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x90 OK\r\n"sv, err(E::code_not_numeric, 8), err(E::code_not_numeric, 8)},
    {"SIP/2.0 2\0" "0 OK\r\n"sv,                   err(E::nul_byte, 9),            err(E::nul_byte, 9)},
    {"SIP/2.0 2\x01" "0 OK\r\n"sv,                 err(E::control_char, 9),        err(E::control_char, 9)},
    {"SIP/2.0 099 X\r\n"sv,                        err(E::code_out_of_range, 8, 99),  err(E::code_out_of_range, 8, 99)},
    {"SIP/2.0 000 X\r\n"sv,                        err(E::code_out_of_range, 8, 0),   err(E::code_out_of_range, 8, 0)},
    {"SIP/2.0 700 X\r\n"sv,                        err(E::code_out_of_range, 8, 700), err(E::code_out_of_range, 8, 700)},
    {"SIP/2.0 999 X"sv,                            err(E::code_out_of_range, 8, 999), err(E::code_out_of_range, 8, 999)},
    {"SIP/2.0 999"sv,                              err(E::code_out_of_range, 8, 999), err(E::code_out_of_range, 8, 999)},
    {"SIP/2.0 200OK\r\n"sv,                        err(E::missing_sp_after_code, 11), err(E::missing_sp_after_code, 11)},
    {"SIP/2.0 200-OK\r\n"sv,                       err(E::missing_sp_after_code, 11), err(E::missing_sp_after_code, 11)},
    {"SIP/2.0 200\r\n"sv,                          err(E::missing_sp_after_code, 11), ok(13, 200, "")},
    {"SIP/2.0 200\n"sv,                            err(E::missing_sp_after_code, 11), ok(12, 200, "")},
    {"SIP/2.0 200\tOK\r\n"sv,                      err(E::missing_sp_after_code, 11), ok(16, 200, "OK")},
    {"SIP/2.0 200\rOK\r\n"sv,                      err(E::missing_sp_after_code, 11), err(E::bare_cr, 11)},
    {"SIP/2.0 200\0OK\r\n"sv,                      err(E::nul_byte, 11),           err(E::nul_byte, 11)},
    {"SIP/2.0 200\x7fOK\r\n"sv,                    err(E::control_char, 11),       err(E::control_char, 11)},
    // --- the reason phrase
    {"SIP/2.0 200 O\"K\"\r\n"sv,                   err(E::bad_phrase_char, 13),    ok(18, 200, "O\"K\"")},
    {"SIP/2.0 404 <sip:bob@x>\r\n"sv,              err(E::bad_phrase_char, 12),    ok(25, 404, "<sip:bob@x>")},
    {"SIP/2.0 200 a\\b\r\n"sv,                     err(E::bad_phrase_char, 13),    ok(17, 200, "a\\b")},
    {"SIP/2.0 200 x{y}\r\n"sv,                     err(E::bad_phrase_char, 13),    ok(18, 200, "x{y}")},
    {"SIP/2.0 200 x|y\r\n"sv,                      err(E::bad_phrase_char, 13),    ok(17, 200, "x|y")},
    {"SIP/2.0 200 x^y\r\n"sv,                      err(E::bad_phrase_char, 13),    ok(17, 200, "x^y")},
    {"SIP/2.0 200 x`y\r\n"sv,                      err(E::bad_phrase_char, 13),    ok(17, 200, "x`y")},
    {"SIP/2.0 200 #1\r\n"sv,                       err(E::bad_phrase_char, 12),    ok(16, 200, "#1")},
    {"SIP/2.0 200 [a]\r\n"sv,                      err(E::bad_phrase_char, 12),    ok(17, 200, "[a]")},
    {"SIP/2.0 500 50% off\r\n"sv,                  err(E::bad_escape, 14),         ok(21, 500, "50% off")},
    {"SIP/2.0 500 %zz\r\n"sv,                      err(E::bad_escape, 12),         ok(17, 500, "%zz")},
    {"SIP/2.0 500 %4\r\n"sv,                       err(E::bad_escape, 12),         ok(16, 500, "%4")},
    {"SIP/2.0 500 %4g\r\n"sv,                      err(E::bad_escape, 12),         ok(17, 500, "%4g")},
    {"SIP/2.0 500 100%\r\n"sv,                     err(E::bad_escape, 15),         ok(18, 500, "100%")},
    {"SIP/2.0 500 %\r\n"sv,                        err(E::bad_escape, 12),         ok(15, 500, "%")},
    {"SIP/2.0 486 \xC3\x28\r\n"sv,                 err(E::bad_utf8, 12),           ok(16, 486, "\xC3\x28")},
    {"SIP/2.0 486 \xE5\xBF\r\n"sv,                 err(E::bad_utf8, 12),           ok(16, 486, "\xE5\xBF")},
    {"SIP/2.0 486 \xFF\r\n"sv,                     err(E::bad_utf8, 12),           ok(15, 486, "\xFF")},
    {"SIP/2.0 486 \xFE\xFE\r\n"sv,                 err(E::bad_utf8, 12),           ok(16, 486, "\xFE\xFE")},
    {"SIP/2.0 486 a\xF0\x9F\x93\r\n"sv,            err(E::bad_utf8, 13),           ok(18, 486, "a\xF0\x9F\x93")},
    {"SIP/2.0 486 \xC3 x\r\n"sv,                   err(E::bad_utf8, 12),           ok(17, 486, "\xC3 x")},
    {"SIP/2.0 200 \xF8\x80\x80\x80\r\n"sv,         err(E::bad_utf8, 12),           ok(18, 200, "\xF8\x80\x80\x80")},
    {"SIP/2.0 200 \xE2\x82\xAC\xFF\r\n"sv,         err(E::bad_utf8, 15),           ok(18, 200, "\xE2\x82\xAC\xFF")},
    {"SIP/2.0 200 O\0K\r\n"sv,                     err(E::nul_byte, 13),           err(E::nul_byte, 13)},
    {"SIP/2.0 200 OK\0"sv,                         err(E::nul_byte, 14),           err(E::nul_byte, 14)},
    {"SIP/2.0 200 OK\x01\r\n"sv,                   err(E::control_char, 14),       err(E::control_char, 14)},
    {"SIP/2.0 200 \x1b[31mRED\x1b[0m\r\n"sv,       err(E::control_char, 12),       err(E::control_char, 12)},
    {"SIP/2.0 200 O\x7fK\r\n"sv,                   err(E::control_char, 13),       err(E::control_char, 13)},
    {"SIP/2.0 200 O\x0bK\r\n"sv,                   err(E::control_char, 13),       err(E::control_char, 13)},
    {"SIP/2.0 200 O\x0cK\r\n"sv,                   err(E::control_char, 13),       err(E::control_char, 13)},
    {"SIP/2.0 200 OK\rVia: x\r\n"sv,               err(E::bare_cr, 14),            err(E::bare_cr, 14)},
    {"SIP/2.0 200 OK\r\r\n"sv,                     err(E::bare_cr, 14),            err(E::bare_cr, 14)},
    {"SIP/2.0 200 O\rK\r\n"sv,                     err(E::bare_cr, 13),            err(E::bare_cr, 13)},
    {"SIP/2.0 200 OK\r\0"sv,                       err(E::bare_cr, 14),            err(E::bare_cr, 14)},
    {"SIP/2.0 200 OK\nVia: evil\r\n"sv,            err(E::bare_lf, 14),            ok(15, 200, "OK")},
    {"SIP/2.0 200 OK\n"sv,                         err(E::bare_lf, 14),            ok(15, 200, "OK")},
    {"SIP/2.0 200 OK\n\r\n"sv,                     err(E::bare_lf, 14),            ok(15, 200, "OK")},
    {"SIP/2.0 200 \n"sv,                           err(E::bare_lf, 12),            ok(13, 200, "")},
};
// clang-format on

inline constexpr std::size_t parse_case_count = sizeof(parse_cases) / sizeof(parse_cases[0]);

}  // namespace sipcode_test

#endif
