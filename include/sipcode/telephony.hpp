// sipcode: the telephony layer on top of the core, in one include.
//
//   q850.hpp           Q.850 cause names; ISUP cause <-> SIP status (RFC 3398), user-supplied profiles
//   reason.hpp         Reason header parser (RFC 3326)
//   retry_after.hpp    Retry-After header parser (RFC 3261 s20.33)
//   warning.hpp        IANA warn-codes and the Warning header parser (RFC 3261 s20.43)
//   best_response.hpp  a forking proxy's best final response (RFC 3261 s16.7 step 6)
//   advice.hpp         one concrete next step from a response, Retry-After and the request
//   messages.hpp       end-user messages: the English catalog and application-supplied ones
//
// Like the core, everything here is constexpr, noexcept and allocation-free, throws nothing, needs no
// RTTI and runs nothing before main(). Parsers take the header field value as a std::string_view and
// return views into it.
#ifndef SIPCODE_TELEPHONY_HPP
#define SIPCODE_TELEPHONY_HPP

#include "sipcode.hpp"
#include "field_value.hpp"
#include "table_view.hpp"
#include "q850.hpp"
#include "reason.hpp"
#include "retry_after.hpp"
#include "warning.hpp"
#include "best_response.hpp"
#include "advice.hpp"
#include "messages.hpp"
#include "decision.hpp"

#endif  // SIPCODE_TELEPHONY_HPP
