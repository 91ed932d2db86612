// sipcode: ITU-T Q.850 / ISUP cause values and their mapping to SIP status codes (RFC 3398).
//
//   constexpr std::string_view q850_cause_name(std::uint8_t cause) noexcept;  // "" if Q.850 has none
//   enum class q850_class : std::uint8_t { normal_event, resource_unavailable, service_not_available,
//                                          service_not_implemented, invalid_message, protocol_error,
//                                          interworking, invalid };
//   constexpr q850_class class_of_cause(std::uint8_t cause) noexcept;
//   constexpr std::uint8_t unspecified_cause(q850_class c) noexcept;        // 31, 47, 63, ... 127
//   enum class q850_location : std::uint8_t { user = 0, ... };              // Q.850 location codes
//
//   // ISUP REL cause -> SIP final response (RFC 3398 s7.2.4.1)
//   constexpr q850_to_sip_result q850_to_sip(std::uint8_t cause,
//                                         const q850_profile& = rfc3398_profile) noexcept;
//   constexpr q850_to_sip_result q850_to_sip(std::uint8_t cause, q850_location location, bool has_diagnostic,
//                                         const q850_profile& = rfc3398_profile) noexcept;
//   // SIP final response -> ISUP REL cause (RFC 3398 s8.2.6.1)
//   constexpr sip_to_q850_result sip_to_q850(std::uint16_t status,
//                                          const q850_profile& = rfc3398_profile) noexcept;
//   constexpr sip_to_q850_result sip_to_q850(std::uint16_t status, std::uint16_t warn_code,
//                                          const q850_profile& = rfc3398_profile) noexcept;
//
// The default profile is RFC 3398's two tables row for row (data/rfc3398-*.csv), with the RFC's rules:
//  * cause -> SIP: a cause located at the 'user' takes the row's 6xx alternative (21: 403 -> 603); a
//    cause with a diagnostic takes the row's diagnostic alternative (22: 410 -> 301, the new number from
//    the diagnostic goes into Contact); cause 16 has no response (basis no_mapping, status 0: it ends
//    the call with BYE or CANCEL). A cause the table does not list is mapped like the "unspecified"
//    cause of its Q.850 class (the usual ISDN rule for unrecognised causes; basis class_default), and
//    when that has no row either (classes 3 and 5: causes 63, 95) to the profile's `unlisted_cause_status`,
//    500 by default (basis unlisted).
//  * SIP -> cause: every status the table does not list maps to 31 "Normal, unspecified" (RFC text);
//    487 has no cause (basis no_mapping, cause 0: the gateway's own CANCEL already released the call);
//    488 and 606 take the cause of their Warning code from the profile's warning table (basis warning),
//    or 31 when there is no Warning or no row for it. The cause location is 'user' for 6xx and
//    'network' otherwise (`user_location`). `retry_first` marks the RFC's (*) and (+) rows: the gateway
//    SHOULD authenticate or repair the request and retry before releasing the ISUP call.
//    RFC 3398 gives no Warning table; the default one (rfc3398_warning_rows) is sipcode's choice,
//    explained in data/q850-warning-causes.csv: 300-307, 330, 331 -> 65; 370 -> 58.
//
// Gateways differ: a q850_profile is three tables (any order, first match wins) plus two defaults and an
// optional `base` profile consulted for rows it lacks, so a deployment can override a few rows and keep
// the RFC for the rest:
//
//     inline constexpr sipcode::q850_to_sip_row my_causes[] = {{21, 603, 603, 0}, {34, 480, 0, 0}};
//     inline constexpr sipcode::q850_profile my_profile{my_causes, {}, {}, 500, 31, &sipcode::rfc3398_profile};
//     sipcode::q850_to_sip(34, my_profile).status;   // 480; cause 17 still gives 486 from the RFC
//
// Everything is constexpr, noexcept and allocation-free; tables are inline constexpr, generated from
// data/ into telephony_data.hpp by tools/generate_registry.py.
#ifndef SIPCODE_Q850_HPP
#define SIPCODE_Q850_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "table_view.hpp"
#include "telephony_data.hpp"
#include "detail/enum_table.hpp"

namespace sipcode {

// ---------------------------------------------------------------------------------------------
// Q.850 cause values

// q850_cause_info and the table q850_causes: telephony_data.hpp, generated from data/q850-causes.csv.

namespace detail {
constexpr std::array<std::uint8_t, 128> make_q850_index() noexcept {
    std::array<std::uint8_t, 128> index{};
    for (std::size_t i = 0; i < q850_causes.size(); ++i) index[q850_causes[i].cause] = static_cast<std::uint8_t>(i + 1);
    return index;
}
inline constexpr std::array<std::uint8_t, 128> q850_index = make_q850_index();
}  // namespace detail

/** The Q.850 row of `cause`, or nullptr when Q.850 defines no such cause. O(1). */
constexpr const q850_cause_info* find_q850_cause(std::uint8_t cause) noexcept {
    if (cause >= detail::q850_index.size()) return nullptr;
    const std::uint8_t pos = detail::q850_index[cause];
    return pos == 0 ? nullptr : &q850_causes[pos - 1U];
}

/** Q.850's name of `cause`, or "" when Q.850 defines no such cause. */
constexpr std::string_view q850_cause_name(std::uint8_t cause) noexcept {
    const q850_cause_info* info = find_q850_cause(cause);
    return info != nullptr ? info->name : std::string_view{};
}

/** The Q.850 class of a cause value: the cause is class * 16 + value; classes 0 and 1 are both
 *  "normal event". Causes are 7 bits: above 127 the class is `invalid`. */
enum class q850_class : std::uint8_t {
    normal_event = 0,         ///< 0..31
    resource_unavailable,     ///< 32..47
    service_not_available,    ///< 48..63  (service or option not available)
    service_not_implemented,  ///< 64..79  (service or option not implemented)
    invalid_message,          ///< 80..95
    protocol_error,           ///< 96..111
    interworking,             ///< 112..127
    invalid,                  ///< above 127
};

/** Number of q850_class values. */
inline constexpr std::size_t q850_class_count = static_cast<std::size_t>(q850_class::invalid) + 1;

namespace detail {
inline constexpr std::array<enum_name<q850_class>, q850_class_count> q850_class_texts = {{
    {q850_class::normal_event, "normal_event"sv},
    {q850_class::resource_unavailable, "resource_unavailable"sv},
    {q850_class::service_not_available, "service_not_available"sv},
    {q850_class::service_not_implemented, "service_not_implemented"sv},
    {q850_class::invalid_message, "invalid_message"sv},
    {q850_class::protocol_error, "protocol_error"sv},
    {q850_class::interworking, "interworking"sv},
    {q850_class::invalid, "invalid"sv},
}};
static_assert(covers(q850_class_texts, q850_class_count), "one row per q850_class, in value order");
}  // namespace detail

constexpr q850_class class_of_cause(std::uint8_t cause) noexcept {
    if (cause > 127) return q850_class::invalid;
    const unsigned group = cause / 16U;
    return group <= 1 ? q850_class::normal_event : static_cast<q850_class>(group - 1U);
}

/** The "unspecified" cause of a class (31, 47, 63, 79, 95, 111, 127); 0 for `invalid`. */
constexpr std::uint8_t unspecified_cause(q850_class c) noexcept {
    if (c == q850_class::invalid) return 0;
    return static_cast<std::uint8_t>((static_cast<unsigned>(c) + 2U) * 16U - 1U);
}

constexpr std::string_view to_string(q850_class c) noexcept {
    return detail::name_of(detail::q850_class_texts, c, "invalid");
}

/** Where a cause was generated: the location field of the Q.850 cause indicators, with its codes. */
enum class q850_location : std::uint8_t {
    user = 0,                   ///< U
    private_network_local = 1,  ///< private network serving the local user
    public_network_local = 2,   ///< public network serving the local user
    transit_network = 3,
    public_network_remote = 4,  ///< public network serving the remote user
    private_network_remote = 5, ///< private network serving the remote user
    international_network = 7,
    beyond_interworking = 10,   ///< network beyond the interworking point
};

namespace detail {
inline constexpr std::array<enum_name<q850_location>, 8> q850_location_texts = {{
    {q850_location::user, "user"sv},
    {q850_location::private_network_local, "private_network_local"sv},
    {q850_location::public_network_local, "public_network_local"sv},
    {q850_location::transit_network, "transit_network"sv},
    {q850_location::public_network_remote, "public_network_remote"sv},
    {q850_location::private_network_remote, "private_network_remote"sv},
    {q850_location::international_network, "international_network"sv},
    {q850_location::beyond_interworking, "beyond_interworking"sv},
}};
static_assert(covers_sparse(q850_location_texts, q850_location::beyond_interworking),
              "one row per q850_location, in value order");
}  // namespace detail

/** The enumerator's name, "public_network_local"; "unknown" for a code Q.850 reserves. */
constexpr std::string_view to_string(q850_location l) noexcept {
    return detail::name_of(detail::q850_location_texts, l, "unknown");
}

// ---------------------------------------------------------------------------------------------
// Mapping profiles

// q850_to_sip_row, sip_to_q850_row and warning_to_q850_row: telephony_data.hpp.

/** A complete mapping. Lookups search this profile's tables, then `base`'s, and so on. */
struct q850_profile {
    table_view<q850_to_sip_row> isup_to_sip;
    table_view<sip_to_q850_row> sip_to_isup;
    table_view<warning_to_q850_row> warning_to_isup;
    std::uint16_t unlisted_cause_status = 500;  ///< cause -> SIP when neither the cause nor its class default has a row
    std::uint8_t unlisted_status_cause = 31;    ///< SIP -> cause for statuses no table lists (RFC 3398: 31)
    const q850_profile* base = nullptr;         ///< consulted for rows this profile lacks
};

// The RFC 3398 tables rfc3398_isup_rows, rfc3398_sip_rows (with rfc3398_unlisted_status_cause) and
// sipcode's rfc3398_warning_rows: telephony_data.hpp, generated from data/rfc3398-*.csv and
// data/q850-warning-causes.csv.

/** The default profile: RFC 3398's tables and rules. */
inline constexpr q850_profile rfc3398_profile{rfc3398_isup_rows, rfc3398_sip_rows, rfc3398_warning_rows, 500,
                                              rfc3398_unlisted_status_cause, nullptr};

// ---------------------------------------------------------------------------------------------
// Mapping functions

/** Which rule produced a mapping. */
enum class q850_basis : std::uint8_t {
    table = 0,      ///< the row of the cause / status
    user_location,  ///< cause -> SIP: the row's alternative for a cause located at the user (21 -> 603)
    diagnostic,     ///< cause -> SIP: the row's alternative for a cause with a diagnostic (22 -> 301)
    warning,        ///< SIP -> cause: 488/606 mapped by their Warning code
    class_default,  ///< cause -> SIP: unlisted cause, mapped as its class's "unspecified" cause
    unlisted,       ///< nothing listed: the profile's default (cause -> SIP: 500; SIP -> cause: 31)
    no_mapping,     ///< the table says there is none: cause 16 (BYE/CANCEL instead), status 487
};

/** Number of q850_basis values. */
inline constexpr std::size_t q850_basis_count = static_cast<std::size_t>(q850_basis::no_mapping) + 1;

namespace detail {
inline constexpr std::array<enum_name<q850_basis>, q850_basis_count> q850_basis_texts = {{
    {q850_basis::table, "table"sv},
    {q850_basis::user_location, "user_location"sv},
    {q850_basis::diagnostic, "diagnostic"sv},
    {q850_basis::warning, "warning"sv},
    {q850_basis::class_default, "class_default"sv},
    {q850_basis::unlisted, "unlisted"sv},
    {q850_basis::no_mapping, "no_mapping"sv},
}};
static_assert(covers(q850_basis_texts, q850_basis_count), "one row per q850_basis, in value order");
}  // namespace detail

constexpr std::string_view to_string(q850_basis b) noexcept {
    return detail::name_of(detail::q850_basis_texts, b, "unknown");
}

/** ISUP cause -> SIP. `status` is 0 only with basis no_mapping. */
struct q850_to_sip_result {
    std::uint16_t status = 0;
    q850_basis basis = q850_basis::unlisted;
};

/** SIP -> ISUP cause. `cause` is 0 only with basis no_mapping. */
struct sip_to_q850_result {
    std::uint8_t cause = 0;
    bool user_location = false;  ///< RFC 3398: location 'user' for 6xx, 'network' for 4xx/5xx
    bool retry_first = false;    ///< the gateway should authenticate or repair and retry before releasing
    q850_basis basis = q850_basis::unlisted;
};

namespace detail {

template <class Row, class Table, class Key>
constexpr const Row* find_row(const q850_profile& profile, Table q850_profile::*table, Key Row::*key,
                              Key value) noexcept {
    for (const q850_profile* p = &profile; p != nullptr; p = p->base) {
        for (const Row& row : p->*table) {
            if (row.*key == value) return &row;
        }
    }
    return nullptr;
}

constexpr const q850_to_sip_row* find_isup_row(const q850_profile& p, std::uint8_t cause) noexcept {
    return find_row<q850_to_sip_row>(p, &q850_profile::isup_to_sip, &q850_to_sip_row::cause, cause);
}
constexpr const sip_to_q850_row* find_sip_row(const q850_profile& p, std::uint16_t status) noexcept {
    return find_row<sip_to_q850_row>(p, &q850_profile::sip_to_isup, &sip_to_q850_row::status, status);
}
constexpr const warning_to_q850_row* find_warning_row(const q850_profile& p, std::uint16_t warn_code) noexcept {
    return find_row<warning_to_q850_row>(p, &q850_profile::warning_to_isup, &warning_to_q850_row::warn_code, warn_code);
}

}  // namespace detail

/** ISUP cause -> SIP final response for a cause at a given location, with or without a diagnostic. */
constexpr q850_to_sip_result q850_to_sip(std::uint8_t cause, q850_location location, bool has_diagnostic,
                                      const q850_profile& profile = rfc3398_profile) noexcept {
    if (const q850_to_sip_row* row = detail::find_isup_row(profile, cause)) {
        if (row->status == 0) return {0, q850_basis::no_mapping};
        if (has_diagnostic && row->diagnostic_status != 0) return {row->diagnostic_status, q850_basis::diagnostic};
        if (location == q850_location::user && row->user_status != 0) return {row->user_status, q850_basis::user_location};
        return {row->status, q850_basis::table};
    }
    const std::uint8_t fallback = unspecified_cause(class_of_cause(cause));
    if (fallback != 0) {
        const q850_to_sip_row* row = detail::find_isup_row(profile, fallback);
        if (row != nullptr && row->status != 0) return {row->status, q850_basis::class_default};
    }
    return {profile.unlisted_cause_status, q850_basis::unlisted};
}

/** ISUP cause -> SIP final response for a network-located cause without a diagnostic. */
constexpr q850_to_sip_result q850_to_sip(std::uint8_t cause, const q850_profile& profile = rfc3398_profile) noexcept {
    return q850_to_sip(cause, q850_location::public_network_remote, false, profile);
}

/** SIP final response -> ISUP cause; `warn_code` is the response's Warning code, 0 when it has none. */
constexpr sip_to_q850_result sip_to_q850(std::uint16_t status, std::uint16_t warn_code,
                                       const q850_profile& profile = rfc3398_profile) noexcept {
    sip_to_q850_result r;
    r.user_location = status >= 600 && status <= 699;
    const sip_to_q850_row* row = detail::find_sip_row(profile, status);
    if (row == nullptr) {
        r.cause = profile.unlisted_status_cause;
        r.basis = q850_basis::unlisted;
        return r;
    }
    r.retry_first = row->retry_first;
    if (row->by_warning) {
        const warning_to_q850_row* w = warn_code != 0 ? detail::find_warning_row(profile, warn_code) : nullptr;
        r.cause = w != nullptr ? w->cause : profile.unlisted_status_cause;
        r.basis = w != nullptr ? q850_basis::warning : q850_basis::unlisted;
        return r;
    }
    r.cause = row->cause;
    r.basis = row->cause == 0 ? q850_basis::no_mapping : q850_basis::table;
    return r;
}

/** SIP final response -> ISUP cause, for a response without a Warning header. */
constexpr sip_to_q850_result sip_to_q850(std::uint16_t status, const q850_profile& profile = rfc3398_profile) noexcept {
    return sip_to_q850(status, 0, profile);
}

// The former names, which named rows by their source and results by their destination.
using q850_isup_row [[deprecated("renamed q850_to_sip_row")]] = q850_to_sip_row;
using q850_sip_row [[deprecated("renamed sip_to_q850_row")]] = sip_to_q850_row;
using q850_warning_row [[deprecated("renamed warning_to_q850_row")]] = warning_to_q850_row;
using q850_sip_result [[deprecated("renamed q850_to_sip_result")]] = q850_to_sip_result;
using q850_isup_result [[deprecated("renamed sip_to_q850_result")]] = sip_to_q850_result;

}  // namespace sipcode

#endif  // SIPCODE_Q850_HPP
