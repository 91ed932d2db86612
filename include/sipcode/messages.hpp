// sipcode: end-user messages, in English or from a catalog the application supplies.
//
//   struct message_entry   { std::uint16_t code; std::string_view text; };
//   struct message_catalog { table_view<message_entry> messages;
//                            std::array<std::string_view, 7> by_class;   // [0]: outside 100..699
//                            const message_catalog* fallback; };
//   inline constexpr message_catalog english_catalog;                    // the registry's user_message
//   constexpr std::string_view user_message(std::uint16_t code,
//                                           const message_catalog& catalog = english_catalog) noexcept;
//   constexpr std::string_view user_message(const classification& c,
//                                           const message_catalog& catalog = english_catalog) noexcept;
//   constexpr std::string_view user_message(status_class cls,             // the class's own text
//                                           const message_catalog& catalog = english_catalog) noexcept;
//
// user_message() is safe for every value: a code no table knows (a vendor's 499, or 70000 from an
// int a stack reported) gets its class's text, never a null pointer.
//
// Lookup for a code, first non-empty text wins:
//   1. the catalog's entry for the exact code (entries in any order; the first match counts);
//   2. the catalog's text for the code's class (`by_class[1]` for 1xx ... `by_class[6]` for 6xx,
//      `by_class[0]` for values outside 100..699);
//   3. the same two steps in `fallback`, then in its fallback, and so on;
//   4. "" when no catalog has anything.
// So a translation may cover a few codes and the classes, and name english_catalog as fallback for
// the rest; or have no fallback, so a user never sees a language mix (step 2 catches every code).
// The English catalog holds the registry's user_message for each of the 75 codes and these class
// texts for the codes IANA has not registered: 1xx "Call in progress.", 2xx "Request completed.",
// 3xx "Your call is being redirected.", 4xx "The call could not be completed.", 5xx "A network error
// occurred. Please try again.", 6xx "The call cannot be completed.", others "The call failed."
//
// An application's own catalog, with no change to the library (texts need static storage or must
// outlive the catalog; a catalog built at run time can point its table_view at a vector's data):
//
//     inline constexpr sipcode::message_entry german_entries[] = {
//         {486, "Besetzt."}, {503, "Dienst nicht erreichbar."}};
//     inline constexpr sipcode::message_catalog german{
//         german_entries, {"Anruf fehlgeschlagen.", "Verbindung wird aufgebaut.", "Erledigt.",
//                          "Ihr Anruf wird umgeleitet.", "Anruf fehlgeschlagen.", "Netzwerkfehler.",
//                          "Anruf nicht zustellbar."}, nullptr};
//     sipcode::user_message(486, german);   // "Besetzt."; 404 gives the 4xx text
#ifndef SIPCODE_MESSAGES_HPP
#define SIPCODE_MESSAGES_HPP

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "classify.hpp"
#include "registry.hpp"
#include "table_view.hpp"
#include "types.hpp"

namespace sipcode {

/** A message for one status code. */
struct message_entry {
    std::uint16_t code;
    std::string_view text;
};

/** A set of end-user messages; see the header comment for the lookup order. */
struct message_catalog {
    table_view<message_entry> messages;              ///< per-code texts
    std::array<std::string_view, 7> by_class{};      ///< per-class texts; [0] for values outside 100..699
    const message_catalog* fallback = nullptr;       ///< consulted when this catalog has no text
};

namespace detail {
constexpr std::array<message_entry, registry.size()> make_english_messages() noexcept {
    std::array<message_entry, registry.size()> out{};
    for (std::size_t i = 0; i < registry.size(); ++i) out[i] = {registry[i].code, registry[i].user_message};
    return out;
}
}  // namespace detail

/** The registry's user_message of every registered code, in registry order. */
inline constexpr std::array<message_entry, registry.size()> english_messages = detail::make_english_messages();

/** The default catalog: English, one text per registered code, one per class for the rest. */
inline constexpr message_catalog english_catalog{
    english_messages,
    {"The call failed.", "Call in progress.", "Request completed.", "Your call is being redirected.",
     "The call could not be completed.", "A network error occurred. Please try again.",
     "The call cannot be completed."},
    nullptr};

constexpr std::string_view user_message(std::uint16_t code, const message_catalog& catalog = english_catalog) noexcept {
    const std::size_t cls = static_cast<std::size_t>(class_of(code));
    for (const message_catalog* c = &catalog; c != nullptr; c = c->fallback) {
        for (const message_entry& m : c->messages) {
            if (m.code == code && !m.text.empty()) return m.text;
        }
        if (!c->by_class[cls].empty()) return c->by_class[cls];
    }
    return {};
}

constexpr std::string_view user_message(const classification& c,
                                        const message_catalog& catalog = english_catalog) noexcept {
    return user_message(c.code, catalog);
}

/** The code as a SIP stack reports it (`int`); outside 0..65535 it gets the text for non-codes. */
template <class I, std::enable_if_t<detail::is_other_integer<I>, int> = 0>
constexpr std::string_view user_message(I code, const message_catalog& catalog = english_catalog) noexcept {
    return user_message(detail::code_from(code), catalog);
}

/** The text for a class when no code is at hand (`by_class`, through the fallbacks); `invalid`
 *  gives the text for values outside 100..699. */
constexpr std::string_view user_message(status_class cls, const message_catalog& catalog = english_catalog) noexcept {
    const auto i = static_cast<std::size_t>(cls);
    for (const message_catalog* c = &catalog; c != nullptr; c = c->fallback) {
        if (i < c->by_class.size() && !c->by_class[i].empty()) return c->by_class[i];
    }
    return {};
}

}  // namespace sipcode

#endif  // SIPCODE_MESSAGES_HPP
