// A reference parser for the SIP Status-Line, for differential testing of parse_status_line().
//
// Written from RFC 3261 s25.1 and the lenient deviations listed at the top of parse.hpp, and from
// nothing else: it shares no code, table or type with parse.hpp, and reports errors by the names
// parse_errc documents. It is slow and plain on purpose: one function per grammar rule, each
// returning false at the first defect, octet classes spelled out as the ABNF spells them.
//
//   Status-Line     = SIP-Version SP Status-Code SP Reason-Phrase CRLF
//   SIP-Version     = "SIP" "/" 1*DIGIT "." 1*DIGIT                  ; "SIP" case-insensitive
//   Status-Code     = 3DIGIT                                         ; 100..699 accepted
//   Reason-Phrase   = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
//   reserved        = ";" / "/" / "?" / ":" / "@" / "&" / "=" / "+" / "$" / ","
//   unreserved      = alphanum / mark
//   mark            = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")"
//   escaped         = "%" HEXDIG HEXDIG                              ; HEXDIG case-insensitive
//   UTF8-NONASCII   = %xC0-DF 1UTF8-CONT / %xE0-EF 2UTF8-CONT / %xF0-F7 3UTF8-CONT
//                   / %xF8-FB 4UTF8-CONT / %xFC-FD 5UTF8-CONT
//   UTF8-CONT       = %x80-BF
//
// Where the defect is reported: at the first octet that no continuation of the input could make
// valid, except that "the input ends here" is reported as `incomplete` at the end of the input,
// and the two semantic checks (version is 2.0, code is 100..699) come right after the element
// they check is complete. An unexpected NUL is reported as nul_byte and an unexpected control
// octet (C0 but HTAB, CR, LF; and DEL) as control_char, wherever they occur.
#ifndef SIPCODE_TESTS_REFERENCE_STATUS_LINE_HPP
#define SIPCODE_TESTS_REFERENCE_STATUS_LINE_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace sipcode_reference {

/** What the reference makes of an input. Offsets are from the start of the input. */
struct outcome {
    std::string error;         ///< "" when accepted; otherwise the parse_errc name ("bare_cr")
    std::size_t offset = 0;    ///< accepted: the bytes the line took; rejected: where the defect is
    bool has_version = false;  ///< SIP-Version was complete before the defect
    std::size_t version_pos = 0, version_len = 0;
    bool has_code = false;  ///< the three-digit Status-Code was complete before the defect
    unsigned code = 0;
    std::size_t reason_pos = 0, reason_len = 0;  ///< accepted only

    bool accepted() const { return error.empty(); }
};

class status_line_reference {
public:
    status_line_reference(std::string_view input, bool lenient) : in_(input), lenient_(lenient) {}

    outcome run() {
        // Each step returns false when it found the defect (recorded in out_).
        const bool accepted = empty_lines_before() && sip_version() && separator_after_version() &&
                              version_is_2_0() && status_code() && separator_and_reason_phrase();
        static_cast<void>(accepted);
        return out_;
    }

private:
    // --- octet classes, as RFC 3261 s25.1 and RFC 2234 define them
    static bool digit(unsigned char c) { return c >= '0' && c <= '9'; }
    static bool alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
    static bool hexdig(unsigned char c) {
        return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    static bool in_set(unsigned char c, std::string_view set) {
        return c != 0 && set.find(static_cast<char>(c)) != std::string_view::npos;
    }
    static bool reserved(unsigned char c) { return in_set(c, ";/?:@&=+$,"); }
    static bool mark(unsigned char c) { return in_set(c, "-_.!~*'()"); }
    static bool unreserved(unsigned char c) { return alpha(c) || digit(c) || mark(c); }
    static bool utf8_cont(unsigned char c) { return c >= 0x80 && c <= 0xBF; }
    static bool sp_or_htab(unsigned char c) { return c == ' ' || c == '\t'; }
    static bool cr_or_lf(unsigned char c) { return c == '\r' || c == '\n'; }
    // Continuation octets a UTF8-NONASCII lead octet needs; 0 if `c` is no lead octet.
    static int utf8_follow(unsigned char c) {
        if (c >= 0xC0 && c <= 0xDF) return 1;
        if (c >= 0xE0 && c <= 0xEF) return 2;
        if (c >= 0xF0 && c <= 0xF7) return 3;
        if (c >= 0xF8 && c <= 0xFB) return 4;
        if (c >= 0xFC && c <= 0xFD) return 5;
        return 0;
    }
    static bool control(unsigned char c) {
        return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7F;
    }

    // --- reading
    bool at_end() const { return pos_ >= in_.size(); }
    unsigned char here() const { return static_cast<unsigned char>(in_[pos_]); }
    unsigned char at(std::size_t i) const { return static_cast<unsigned char>(in_[i]); }

    bool fail(const char* error, std::size_t where) {
        out_.error = error;
        out_.offset = where;
        return false;
    }
    bool incomplete() { return fail("incomplete", in_.size()); }
    // The octet at `where` cannot be there; `error` names what was expected.
    bool unexpected(std::size_t where, const char* error) {
        const unsigned char c = at(where);
        if (c == 0) return fail("nul_byte", where);
        if (control(c)) return fail("control_char", where);
        return fail(error, where);
    }

    // --- the rules

    // Strict: nothing may come before the line. Lenient (deviation 1): CRLFs and bare LFs are
    // skipped; a CR that is not followed by LF is not a line end, and both modes reject it.
    bool empty_lines_before() {
        if (!lenient_) {
            if (!at_end() && cr_or_lf(here())) return fail("leading_empty_line", pos_);
            return true;
        }
        while (!at_end()) {
            if (here() == '\n') {
                ++pos_;
            } else if (here() == '\r') {
                if (pos_ + 1 == in_.size()) return incomplete();
                if (at(pos_ + 1) != '\n') return fail("bare_cr", pos_);
                pos_ += 2;
            } else {
                break;
            }
        }
        return true;
    }

    // SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT
    bool sip_version() {
        version_start_ = pos_;
        const std::string_view sip = "SIP";
        for (const char letter : sip) {
            if (at_end()) return incomplete();
            const unsigned char c = here();
            const bool same = c == static_cast<unsigned char>(letter) ||
                              c == static_cast<unsigned char>(letter - 'A' + 'a');
            if (!same) return unexpected(pos_, "not_sip");
            ++pos_;
        }
        if (at_end()) return incomplete();
        if (here() != '/') return unexpected(pos_, "not_sip");
        ++pos_;
        if (!one_or_more_digits()) return false;
        if (at_end()) return incomplete();
        if (here() != '.') return unexpected(pos_, "bad_version");
        ++pos_;
        if (!one_or_more_digits()) return false;
        if (at_end()) return incomplete();  // more digits could follow
        out_.has_version = true;
        out_.version_pos = version_start_;
        out_.version_len = pos_ - version_start_;
        return true;
    }
    bool one_or_more_digits() {
        if (at_end()) return incomplete();
        if (!digit(here())) return unexpected(pos_, "bad_version");
        while (!at_end() && digit(here())) ++pos_;
        return true;
    }

    // SP; lenient (deviation 4): one or more SP or HTAB.
    bool separator_after_version() {
        const unsigned char c = here();  // sip_version() left at least one octet
        const bool ok = lenient_ ? sp_or_htab(c) : c == ' ';
        if (!ok) return unexpected(pos_, "missing_sp_after_version");
        return true;
    }

    bool version_is_2_0() {
        const std::string_view number = in_.substr(version_start_ + 4, pos_ - (version_start_ + 4));
        if (number != "2.0") return fail("unsupported_version", version_start_ + 4);
        ++pos_;  // the SP
        if (lenient_) {
            while (!at_end() && sp_or_htab(here())) ++pos_;
        }
        return true;
    }

    // Status-Code = 3DIGIT, of which 100..699 are accepted.
    bool status_code() {
        const std::size_t start = pos_;
        unsigned value = 0;
        for (int k = 0; k < 3; ++k) {
            if (at_end()) return incomplete();
            const unsigned char c = here();
            if (!digit(c)) {
                if (k == 0 && sp_or_htab(c)) return unexpected(pos_, "extra_space");  // strict only
                if (k == 0 && cr_or_lf(c)) return unexpected(pos_, "missing_code");
                if (k > 0 && (sp_or_htab(c) || cr_or_lf(c))) return unexpected(pos_, "code_too_short");
                return unexpected(pos_, "code_not_numeric");
            }
            value = value * 10 + static_cast<unsigned>(c - '0');
            ++pos_;
        }
        if (!at_end() && digit(here())) return fail("code_too_long", pos_);
        out_.has_code = true;
        out_.code = value;
        if (value < 100 || value > 699) return fail("code_out_of_range", start);
        return true;
    }

    bool separator_and_reason_phrase() { return lenient_ ? lenient_phrase() : strict_phrase(); }

    // SP Reason-Phrase CRLF, exactly.
    bool strict_phrase() {
        if (at_end()) return incomplete();
        if (here() != ' ') return unexpected(pos_, "missing_sp_after_code");
        ++pos_;
        const std::size_t start = pos_;
        for (;;) {
            if (at_end()) return incomplete();
            const unsigned char c = here();
            if (c == '\r') {
                if (pos_ + 1 == in_.size()) return incomplete();
                if (at(pos_ + 1) != '\n') return fail("bare_cr", pos_);
                return accept(start, pos_, pos_ + 2);
            }
            if (c == '\n') return fail("bare_lf", pos_);
            if (reserved(c) || unreserved(c) || utf8_cont(c) || sp_or_htab(c)) {
                ++pos_;
            } else if (c == '%') {  // escaped = "%" HEXDIG HEXDIG
                for (std::size_t k = 1; k <= 2; ++k) {
                    if (pos_ + k >= in_.size()) return incomplete();
                    if (!hexdig(at(pos_ + k))) return fail("bad_escape", pos_);
                }
                pos_ += 3;
            } else if (const int follow = utf8_follow(c)) {  // UTF8-NONASCII
                for (std::size_t k = 1; k <= static_cast<std::size_t>(follow); ++k) {
                    if (pos_ + k >= in_.size()) return incomplete();
                    if (!utf8_cont(at(pos_ + k))) return fail("bad_utf8", pos_);
                }
                pos_ += static_cast<std::size_t>(follow) + 1;
            } else if (c == 0xFE || c == 0xFF) {
                return fail("bad_utf8", pos_);
            } else {
                return unexpected(pos_, "bad_phrase_char");
            }
        }
    }

    // Lenient: deviations 2 to 6.
    bool lenient_phrase() {
        // deviations 3 and 4: the line may end right after the code
        if (at_end()) return accept(pos_, pos_, pos_);
        const unsigned char sep = here();
        if (sp_or_htab(sep)) {
            while (!at_end() && sp_or_htab(here())) ++pos_;
        } else if (!cr_or_lf(sep)) {
            return unexpected(pos_, "missing_sp_after_code");
        }
        const std::size_t start = pos_;
        for (;;) {
            if (at_end()) return accept(start, pos_, pos_);
            const unsigned char c = here();
            if (c == '\r') {
                if (pos_ + 1 == in_.size()) return accept(start, pos_, pos_ + 1);
                if (at(pos_ + 1) != '\n') return fail("bare_cr", pos_);
                return accept(start, pos_, pos_ + 2);
            }
            if (c == '\n') return accept(start, pos_, pos_ + 1);
            if (c == 0 || control(c)) return unexpected(pos_, "");
            ++pos_;
        }
    }

    // The phrase is [start, end); the line took `consumed` bytes. Lenient trims SP/HTAB.
    bool accept(std::size_t start, std::size_t end, std::size_t consumed) {
        if (lenient_) {
            while (start < end && sp_or_htab(at(start))) ++start;
            while (end > start && sp_or_htab(at(end - 1))) --end;
        }
        out_.error.clear();
        out_.offset = consumed;
        out_.reason_pos = start;
        out_.reason_len = end - start;
        return true;
    }

    std::string_view in_;
    bool lenient_;
    std::size_t pos_ = 0;
    std::size_t version_start_ = 0;
    outcome out_;
};

/** Runs the reference on `input`. */
inline outcome reference_parse(std::string_view input, bool lenient) {
    return status_line_reference(input, lenient).run();
}

}  // namespace sipcode_reference

#endif
