// sipcode: the vocabulary types of the registry.
//
// Everything here is constexpr, noexcept, allocation-free and trivially destructible.
// The registry rows themselves live in <sipcode/registry.hpp>, generated from data/.
#ifndef SIPCODE_TYPES_HPP
#define SIPCODE_TYPES_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sipcode {

/** A SIP status code. One named enumerator per IANA-registered code (see registry.hpp);
 *  any other three-digit value stays representable: `static_cast<status>(477)` is valid. */
enum class status : std::uint16_t;

/** A SIP header field that guides what to do after a response (see registry.hpp). */
enum class header_field : std::uint8_t;

/** The class of a status code: its hundreds digit (RFC 3261 s7.2), `invalid` outside 100..699. */
enum class status_class : std::uint8_t {
    invalid = 0,
    provisional = 1,
    success = 2,
    redirection = 3,
    request_failure = 4,
    server_failure = 5,
    global_failure = 6,
};

/** What a UAC does next after a response (RFC 3261 s8.1.3 and the code's defining RFC). */
enum class retry_action : std::uint8_t {
    none = 0,            ///< not a valid status code: nothing is defined
    wait,                ///< provisional: keep waiting for the final response
    done,                ///< success: nothing to retry
    redirect,            ///< send new request(s) to the Contact targets (s8.1.3.4)
    use_proxy,           ///< resend this one request through the proxy named in Contact (305)
    authenticate,        ///< resend with credentials answering the challenge(s) (s22)
    security_agreement,  ///< pick a mechanism from Security-Server and resend (RFC 3329)
    modify_request,      ///< resend with the change the response names
    retry_later,         ///< the same request may succeed later; honour Retry-After
    next_server,         ///< fail over to the next server (RFC 3263 s4.3)
    random_backoff,      ///< glare: retry after a random timer (s14.1)
    terminate_dialog,    ///< the dialog or transaction is gone: tear the dialog down
    user_decision,       ///< needs a human choice; no automatic retry
    give_up,             ///< do not retry this request
};

/** What a stateful proxy does with a response received on one branch (RFC 3261 s16.7). */
enum class proxy_action : std::uint8_t {
    none = 0,         ///< not a valid status code
    absorb,           ///< 100: hop-by-hop, never forwarded
    forward_now,      ///< other 1xx and every 2xx: forwarded at once (s16.7 step 5)
    recurse,          ///< may recurse: add the new targets to the target set
    collect,          ///< keep for best-response selection (s16.7 step 6)
    fail_over,        ///< 503: try the next server; never relay 503 upstream (send 500)
    cancel_branches,  ///< 6xx: cancel pending branches, then forward (s16.7 steps 5, 10)
};

/** A set of header fields; iterate it with range-for to get `header_field` values. */
class header_set {
public:
    constexpr header_set() noexcept = default;
    constexpr explicit header_set(std::uint64_t bits) noexcept : bits_(bits) {}

    constexpr bool contains(header_field h) const noexcept {
        return (bits_ >> static_cast<unsigned>(h)) & 1U;
    }
    constexpr bool empty() const noexcept { return bits_ == 0; }
    constexpr std::size_t size() const noexcept {
        std::size_t n = 0;
        for (std::uint64_t b = bits_; b != 0; b &= b - 1) ++n;
        return n;
    }
    constexpr std::uint64_t bits() const noexcept { return bits_; }
    friend constexpr bool operator==(header_set a, header_set b) noexcept { return a.bits_ == b.bits_; }
    friend constexpr bool operator!=(header_set a, header_set b) noexcept { return a.bits_ != b.bits_; }

    class iterator {
    public:
        constexpr explicit iterator(std::uint64_t rest) noexcept : rest_(rest) {}
        constexpr header_field operator*() const noexcept {
            unsigned bit = 0;
            while (((rest_ >> bit) & 1U) == 0) ++bit;
            return static_cast<header_field>(bit);
        }
        constexpr iterator& operator++() noexcept {
            rest_ &= rest_ - 1;
            return *this;
        }
        friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.rest_ == b.rest_; }
        friend constexpr bool operator!=(iterator a, iterator b) noexcept { return a.rest_ != b.rest_; }

    private:
        std::uint64_t rest_;
    };
    constexpr iterator begin() const noexcept { return iterator(bits_); }
    constexpr iterator end() const noexcept { return iterator(0); }

private:
    std::uint64_t bits_ = 0;
};

/** Machine-readable retry semantics of one code. */
struct retry_semantics {
    retry_action uac = retry_action::none;   ///< what a UAC does next
    proxy_action proxy = proxy_action::none; ///< what a stateful proxy does with it
    header_set response_headers;             ///< fields of the response that guide the next step
    header_set request_headers;              ///< fields of the request the response is about
    bool ends_dialog = false;  ///< to a mid-dialog request it ends the dialog (s12.2.1.2: 408, 481)
};

/** One row of the registry. All strings are static storage; none is NUL-terminated by contract. */
struct status_info {
    std::uint16_t code;           ///< the code this row describes (each row stores its own key)
    status_class cls;             ///< its class
    bool deprecated;              ///< IANA marks it deprecated (202)
    std::string_view name;        ///< the `status` enumerator's spelling, e.g. "busy_here"
    std::string_view reason;      ///< the reason phrase exactly as IANA spells it
    std::string_view references;  ///< IANA's reference cell, e.g. "RFC3261"
    retry_semantics retry;        ///< what to do next
    std::string_view basis;       ///< the RFC sections the retry semantics come from
    std::string_view hint;        ///< operator-facing remediation hint
    std::string_view user_message;///< plain-language message an end user can be shown
};

/** The class of any value: its hundreds digit for 100..699, `invalid` otherwise. */
constexpr status_class class_of(std::uint16_t code) noexcept {
    return (code >= 100 && code <= 699) ? static_cast<status_class>(code / 100) : status_class::invalid;
}
constexpr status_class class_of(status s) noexcept { return class_of(static_cast<std::uint16_t>(s)); }

/** True for final responses (200..699). */
constexpr bool is_final(std::uint16_t code) noexcept { return code >= 200 && code <= 699; }

/** snake_case names, as the enumerators are spelled. */
constexpr std::string_view to_string(status_class c) noexcept {
    switch (c) {
    case status_class::provisional: return "provisional";
    case status_class::success: return "success";
    case status_class::redirection: return "redirection";
    case status_class::request_failure: return "request_failure";
    case status_class::server_failure: return "server_failure";
    case status_class::global_failure: return "global_failure";
    case status_class::invalid: break;
    }
    return "invalid";
}

constexpr std::string_view to_string(retry_action a) noexcept {
    switch (a) {
    case retry_action::wait: return "wait";
    case retry_action::done: return "done";
    case retry_action::redirect: return "redirect";
    case retry_action::use_proxy: return "use_proxy";
    case retry_action::authenticate: return "authenticate";
    case retry_action::security_agreement: return "security_agreement";
    case retry_action::modify_request: return "modify_request";
    case retry_action::retry_later: return "retry_later";
    case retry_action::next_server: return "next_server";
    case retry_action::random_backoff: return "random_backoff";
    case retry_action::terminate_dialog: return "terminate_dialog";
    case retry_action::user_decision: return "user_decision";
    case retry_action::give_up: return "give_up";
    case retry_action::none: break;
    }
    return "none";
}

constexpr std::string_view to_string(proxy_action a) noexcept {
    switch (a) {
    case proxy_action::absorb: return "absorb";
    case proxy_action::forward_now: return "forward_now";
    case proxy_action::recurse: return "recurse";
    case proxy_action::collect: return "collect";
    case proxy_action::fail_over: return "fail_over";
    case proxy_action::cancel_branches: return "cancel_branches";
    case proxy_action::none: break;
    }
    return "none";
}

}  // namespace sipcode

#endif  // SIPCODE_TYPES_HPP
