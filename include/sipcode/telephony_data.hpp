// GENERATED FILE: do not edit. Produced by tools/generate_registry.py from data/q850-causes.csv,
// data/rfc3398-cause-to-status.csv, data/rfc3398-status-to-cause.csv,
// data/q850-warning-causes.csv and data/iana-warning-codes.csv; change the data and re-run
// `python3 tools/generate_registry.py` (CI runs it with --check).
//
// The telephony tables: Q.850 cause names, RFC 3398's two mapping tables with sipcode's Warning
// table for 488 and 606, and IANA's warn-codes. Use them through <sipcode/q850.hpp> and
// <sipcode/warning.hpp>, which include this header.
#ifndef SIPCODE_TELEPHONY_DATA_HPP
#define SIPCODE_TELEPHONY_DATA_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sipcode {

/** One Q.850 cause value and its name (data/q850-causes.csv). */
struct q850_cause_info {
    std::uint8_t cause;     ///< the cause this row describes
    std::string_view name;  ///< Q.850's name, e.g. "No circuit/channel available"
};

/** Every cause value Q.850 defines, sorted. */
inline constexpr std::array<q850_cause_info, 71> q850_causes = {{
    {1, std::string_view("Unallocated (unassigned) number", 31)},
    {2, std::string_view("No route to specified transit network (national use)", 52)},
    {3, std::string_view("No route to destination", 23)},
    {4, std::string_view("Send special information tone", 29)},
    {5, std::string_view("Misdialled trunk prefix (national use)", 38)},
    {6, std::string_view("Channel unacceptable", 20)},
    {7, std::string_view("Call awarded and being delivered in an established channel", 58)},
    {8, std::string_view("Preemption", 10)},
    {9, std::string_view("Preemption - circuit reserved for reuse", 39)},
    {14, std::string_view("QoR: ported number", 18)},
    {16, std::string_view("Normal call clearing", 20)},
    {17, std::string_view("User busy", 9)},
    {18, std::string_view("No user responding", 18)},
    {19, std::string_view("No answer from user (user alerted)", 34)},
    {20, std::string_view("Subscriber absent", 17)},
    {21, std::string_view("Call rejected", 13)},
    {22, std::string_view("Number changed", 14)},
    {23, std::string_view("Redirection to new destination", 30)},
    {24, std::string_view("Call rejected due to feature at the destination", 47)},
    {25, std::string_view("Exchange routing error", 22)},
    {26, std::string_view("Non-selected user clearing", 26)},
    {27, std::string_view("Destination out of order", 24)},
    {28, std::string_view("Invalid number format (address incomplete)", 42)},
    {29, std::string_view("Facility rejected", 17)},
    {30, std::string_view("Response to STATUS ENQUIRY", 26)},
    {31, std::string_view("Normal, unspecified", 19)},
    {34, std::string_view("No circuit/channel available", 28)},
    {38, std::string_view("Network out of order", 20)},
    {39, std::string_view("Permanent frame mode connection out of service", 46)},
    {40, std::string_view("Permanent frame mode connection operational", 43)},
    {41, std::string_view("Temporary failure", 17)},
    {42, std::string_view("Switching equipment congestion", 30)},
    {43, std::string_view("Access information discarded", 28)},
    {44, std::string_view("Requested circuit/channel not available", 39)},
    {46, std::string_view("Precedence call blocked", 23)},
    {47, std::string_view("Resource unavailable, unspecified", 33)},
    {49, std::string_view("Quality of service not available", 32)},
    {50, std::string_view("Requested facility not subscribed", 33)},
    {53, std::string_view("Outgoing calls barred within CUG", 32)},
    {55, std::string_view("Incoming calls barred within CUG", 32)},
    {57, std::string_view("Bearer capability not authorized", 32)},
    {58, std::string_view("Bearer capability not presently available", 41)},
    {62, std::string_view("Inconsistency in designated outgoing access information and subscriber class", 76)},
    {63, std::string_view("Service or option not available, unspecified", 44)},
    {65, std::string_view("Bearer capability not implemented", 33)},
    {66, std::string_view("Channel type not implemented", 28)},
    {69, std::string_view("Requested facility not implemented", 34)},
    {70, std::string_view("Only restricted digital information bearer capability is available (national use)", 81)},
    {79, std::string_view("Service or option not implemented, unspecified", 46)},
    {81, std::string_view("Invalid call reference value", 28)},
    {82, std::string_view("Identified channel does not exist", 33)},
    {83, std::string_view("A suspended call exists, but this call identity does not", 56)},
    {84, std::string_view("Call identity in use", 20)},
    {85, std::string_view("No call suspended", 17)},
    {86, std::string_view("Call having the requested call identity has been cleared", 56)},
    {87, std::string_view("User not member of CUG", 22)},
    {88, std::string_view("Incompatible destination", 24)},
    {90, std::string_view("Non-existent CUG", 16)},
    {91, std::string_view("Invalid transit network selection (national use)", 48)},
    {95, std::string_view("Invalid message, unspecified", 28)},
    {96, std::string_view("Mandatory information element is missing", 40)},
    {97, std::string_view("Message type non-existent or not implemented", 44)},
    {98, std::string_view("Message not compatible with call state or message type non-existent or not implemented", 86)},
    {99, std::string_view("Information element / parameter non-existent or not implemented", 63)},
    {100, std::string_view("Invalid information element contents", 36)},
    {101, std::string_view("Message not compatible with call state", 38)},
    {102, std::string_view("Recovery on timer expiry", 24)},
    {103, std::string_view("Parameter non-existent or not implemented, passed on", 52)},
    {110, std::string_view("Message with unrecognized parameter, discarded", 46)},
    {111, std::string_view("Protocol error, unspecified", 27)},
    {127, std::string_view("Interworking, unspecified", 25)},
}};

/** ISUP cause -> SIP status (RFC 3398 s7.2.4.1). A status of 0 means "no response" (cause 16). */
struct q850_to_sip_row {
    std::uint8_t cause;
    std::uint16_t status;             ///< the response; 0: none (the call ends with BYE/CANCEL)
    std::uint16_t user_status;        ///< when the cause location is 'user'; 0: same as `status`
    std::uint16_t diagnostic_status;  ///< when the cause carries a diagnostic; 0: same as `status`
};

/** SIP status -> ISUP cause (RFC 3398 s8.2.6.1). */
struct sip_to_q850_row {
    std::uint16_t status;
    std::uint8_t cause;     ///< 0: none ("---", 487), or taken from the Warning code when `by_warning`
    bool by_warning;        ///< 488, 606: the cause depends on the Warning code
    bool retry_first;       ///< RFC footnotes (*) and (+): authenticate or repair and retry before releasing
};

/** Warning code -> ISUP cause, for the rows marked `by_warning`. */
struct warning_to_q850_row {
    std::uint16_t warn_code;
    std::uint8_t cause;
};

/** RFC 3398 s7.2.4.1, row for row (data/rfc3398-cause-to-status.csv; the "(with diagnostic)" row
 *  is the diagnostic alternative of its cause, footnote (+) the 6xx for a cause at the user). */
inline constexpr q850_to_sip_row rfc3398_isup_rows[] = {
    {1, 404, 0, 0},
    {2, 404, 0, 0},
    {3, 404, 0, 0},
    {16, 0, 0, 0},
    {17, 486, 0, 0},
    {18, 408, 0, 0},
    {19, 480, 0, 0},
    {20, 480, 0, 0},
    {21, 403, 603, 0},
    {22, 410, 0, 301},
    {23, 410, 0, 0},
    {26, 404, 0, 0},
    {27, 502, 0, 0},
    {28, 484, 0, 0},
    {29, 501, 0, 0},
    {31, 480, 0, 0},
    {34, 503, 0, 0},
    {38, 503, 0, 0},
    {41, 503, 0, 0},
    {42, 503, 0, 0},
    {47, 503, 0, 0},
    {55, 403, 0, 0},
    {57, 403, 0, 0},
    {58, 503, 0, 0},
    {65, 488, 0, 0},
    {70, 488, 0, 0},
    {79, 501, 0, 0},
    {87, 403, 0, 0},
    {88, 503, 0, 0},
    {102, 504, 0, 0},
    {111, 500, 0, 0},
    {127, 500, 0, 0},
};

/** RFC 3398 s8.2.6.1, row for row (data/rfc3398-status-to-cause.csv). */
inline constexpr sip_to_q850_row rfc3398_sip_rows[] = {
    {400, 41, false, false},
    {401, 21, false, true},
    {402, 21, false, false},
    {403, 21, false, false},
    {404, 1, false, false},
    {405, 63, false, false},
    {406, 79, false, true},
    {407, 21, false, true},
    {408, 102, false, false},
    {410, 22, false, false},
    {413, 127, false, true},
    {414, 127, false, true},
    {415, 79, false, true},
    {416, 127, false, true},
    {420, 127, false, true},
    {421, 127, false, true},
    {423, 127, false, true},
    {480, 18, false, false},
    {481, 41, false, false},
    {482, 25, false, false},
    {483, 25, false, false},
    {484, 28, false, true},
    {485, 1, false, false},
    {486, 17, false, false},
    {487, 0, false, false},
    {488, 0, true, false},
    {500, 41, false, false},
    {501, 79, false, false},
    {502, 38, false, false},
    {503, 41, false, false},
    {504, 102, false, false},
    {505, 127, false, true},
    {513, 127, false, true},
    {600, 17, false, false},
    {603, 21, false, false},
    {604, 1, false, false},
    {606, 0, true, false},
};

/** The cause for every status RFC 3398 s8.2.6.1 does not list (its "(any other)" row). */
inline constexpr std::uint8_t rfc3398_unlisted_status_cause = 31;

/** sipcode's Warning table for 488/606 (RFC 3398 gives none; data/q850-warning-causes.csv). */
inline constexpr warning_to_q850_row rfc3398_warning_rows[] = {
    {300, 65},
    {301, 65},
    {302, 65},
    {303, 65},
    {304, 65},
    {305, 65},
    {306, 65},
    {307, 65},
    {330, 65},
    {331, 65},
    {370, 58},
};

/** One row of IANA's "Warning Codes (warn-codes)" registry. */
struct warn_code_info {
    std::uint16_t code;          ///< the warn-code this row describes (each row stores its own key)
    std::string_view text;       ///< the registered text, e.g. "Incompatible media format"
    std::string_view reference;  ///< e.g. "RFC3261"
};

/** Every registered warn-code (data/iana-warning-codes.csv), sorted by code. */
inline constexpr std::array<warn_code_info, 15> warn_codes = {{
    {300, std::string_view("Incompatible network protocol", 29), std::string_view("RFC3261", 7)},
    {301, std::string_view("Incompatible network address formats", 36), std::string_view("RFC3261", 7)},
    {302, std::string_view("Incompatible transport protocol", 31), std::string_view("RFC3261", 7)},
    {303, std::string_view("Incompatible bandwidth units", 28), std::string_view("RFC3261", 7)},
    {304, std::string_view("Media type not available", 24), std::string_view("RFC3261", 7)},
    {305, std::string_view("Incompatible media format", 25), std::string_view("RFC3261", 7)},
    {306, std::string_view("Attribute not understood", 24), std::string_view("RFC3261", 7)},
    {307, std::string_view("Session description parameter not understood", 44), std::string_view("RFC3261", 7)},
    {308, std::string_view("Incompatible language specification", 35), std::string_view("RFC8373", 7)},
    {330, std::string_view("Multicast not available", 23), std::string_view("RFC3261", 7)},
    {331, std::string_view("Unicast not available", 21), std::string_view("RFC3261", 7)},
    {370, std::string_view("Insufficient bandwidth", 22), std::string_view("RFC3261", 7)},
    {380, std::string_view("SIPS Not Allowed", 16), std::string_view("RFC5630", 7)},
    {381, std::string_view("SIPS Required", 13), std::string_view("RFC5630", 7)},
    {399, std::string_view("Miscellaneous warning", 21), std::string_view("RFC3261", 7)},
}};

}  // namespace sipcode

#endif  // SIPCODE_TELEPHONY_DATA_HPP
