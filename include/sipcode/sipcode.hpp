// sipcode: SIP response codes for C++17, header-only.
//
// This header includes the whole core: the registry, lookups, classify() and the status-line
// parser, and escape_copy() for printing untrusted phrases. The core needs only the C++17 standard library, allocates nothing, throws nothing, needs
// no RTTI and runs no code before main(). Integrations (fmt, std::format, iostream,
// std::error_code) are separate opt-in headers.
#ifndef SIPCODE_SIPCODE_HPP
#define SIPCODE_SIPCODE_HPP

#include "version.hpp"
#include "types.hpp"
#include "registry.hpp"
#include "lookup.hpp"
#include "classify.hpp"
#include "parse.hpp"
#include "escape.hpp"

#endif  // SIPCODE_SIPCODE_HPP
