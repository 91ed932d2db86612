#!/usr/bin/env python3
"""Generate include/sipcode/actions.hpp, registry.hpp and telephony_data.hpp from the data files.

    data/actions.csv                   the next_step, proxy_action and dialog_effect vocabulary
    data/iana-sip-response-codes.csv   IANA "Response Codes" registry (code, phrase, reference, status)
    data/semantics.csv                 sipcode's per-code semantics, hint and user message
    data/iana-sip-methods.csv          IANA's SIP methods, named by the dialog rules
    data/dialog-rules.csv              what a response does to a dialog, per method (RFC 5057 and later)
    data/q850-causes.csv               ITU-T Q.850 cause values and names
    data/rfc3398-cause-to-status.csv   RFC 3398 s7.2.4.1, ISUP cause -> SIP status
    data/rfc3398-status-to-cause.csv   RFC 3398 s8.2.6.1, SIP status -> ISUP cause
    data/q850-warning-causes.csv       sipcode's Warning code -> cause table for 488 and 606
    data/iana-warning-codes.csv        IANA's warn-code registry

The telephony tables go to include/sipcode/telephony_data.hpp (q850.hpp and warning.hpp include it).
include/sipcode.h, the C header, is tools/sipcode.h.in with the same tables in C.

The response-code files are joined on `code`; every registered code must have exactly one semantics
row and vice versa. Action names must be those of data/actions.csv. `--check` compares the generated
text with the committed headers and exits 1 when they differ, so CI can prove they are current.
"""
import argparse
import csv
import difflib
import io
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
IANA = ROOT / "data" / "iana-sip-response-codes.csv"
SEMANTICS = ROOT / "data" / "semantics.csv"
ACTIONS = ROOT / "data" / "actions.csv"
METHODS = ROOT / "data" / "iana-sip-methods.csv"
DIALOG_RULES = ROOT / "data" / "dialog-rules.csv"
OUTPUT = ROOT / "include" / "sipcode" / "registry.hpp"
ACTIONS_OUTPUT = ROOT / "include" / "sipcode" / "actions.hpp"
Q850_CAUSES = ROOT / "data" / "q850-causes.csv"
CAUSE_TO_STATUS = ROOT / "data" / "rfc3398-cause-to-status.csv"
STATUS_TO_CAUSE = ROOT / "data" / "rfc3398-status-to-cause.csv"
WARNING_CAUSES = ROOT / "data" / "q850-warning-causes.csv"
WARN_CODES = ROOT / "data" / "iana-warning-codes.csv"
TELEPHONY_OUTPUT = ROOT / "include" / "sipcode" / "telephony_data.hpp"
ENUMS = ("next_step", "proxy_action", "dialog_effect")
CLASS_NAMES = {1: "provisional", 2: "success", 3: "redirection", 4: "request_failure",
               5: "server_failure", 6: "global_failure"}
HEADER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")


class DataError(Exception):
    pass


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines))


def cpp_string(text):
    if any(ord(c) > 126 or ord(c) < 32 for c in text):
        raise DataError(f"non-ASCII or control character in {text!r}")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cpp_view(text):
    """A std::string_view with its length spelled out. Built from a bare literal, the view's length
    would be computed by char_traits::length, which compilers run character by character in constant
    evaluation: for the registry's text that was most of the cost of including sipcode."""
    return f"std::string_view({cpp_string(text)}, {len(text)})"


def header_enumerator(name):
    return name.lower().replace("-", "_")


BASIS_PART = re.compile(r"(RFC \d+ )?s\d+(\.\d+)*\b.*")


def check_basis(text, where):
    """A basis cites a section for every RFC it names: "RFC 3261 s21.4.1; s20.33; RFC 3263 s4.3"."""
    parts = [p.strip() for p in text.split(";")]
    if not parts[0].startswith("RFC ") or not all(BASIS_PART.fullmatch(p) for p in parts):
        raise DataError(f"{where}: {text!r} does not name a section for every RFC (\"RFC 3261 s21.4.1; s20.33\")")


def load_actions():
    """The enumerators of each vocabulary enum, in order, with their descriptions."""
    enums = {e: [] for e in ENUMS}
    for row in read_rows(ACTIONS):
        if row["enum"] not in enums:
            raise DataError(f"actions.csv: unknown enum {row['enum']!r}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", row["name"]) or not row["description"].strip():
            raise DataError(f"actions.csv: bad row {row!r}")
        if row["name"] in [n for n, _ in enums[row["enum"]]]:
            raise DataError(f"actions.csv: {row['enum']}::{row['name']} appears twice")
        enums[row["enum"]].append((row["name"], row["description"]))
    for e, values in enums.items():
        if not values or values[0][0] != "none":
            raise DataError(f"actions.csv: the first {e} must be none")
    return enums


def names(enums, e):
    return [n for n, _ in enums[e]]


def load(enums):
    iana = read_rows(IANA)
    sem = read_rows(SEMANTICS)
    sem_by_code = {}
    for row in sem:
        if row["code"] in sem_by_code:
            raise DataError(f"semantics.csv: code {row['code']} appears twice")
        sem_by_code[row["code"]] = row
    iana_codes = [r["code"] for r in iana]
    if sorted(iana_codes, key=int) != iana_codes or len(set(iana_codes)) != len(iana_codes):
        raise DataError("iana csv: codes must be unique and ascending")
    missing = set(iana_codes) - set(sem_by_code)
    extra = set(sem_by_code) - set(iana_codes)
    if missing or extra:
        raise DataError(f"semantics.csv out of step with IANA: missing {sorted(missing)}, unregistered {sorted(extra)}")

    rows, seen, headers = [], set(), set()
    for r in iana:
        s = sem_by_code[r["code"]]
        code = int(r["code"])
        if not 100 <= code <= 699:
            raise DataError(f"code {code} outside 100..699")
        if r["status"] not in ("current", "deprecated"):
            raise DataError(f"{code}: unknown IANA status {r['status']!r}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", s["name"]) or s["name"] in seen:
            raise DataError(f"{code}: bad or duplicate name {s['name']!r}")
        seen.add(s["name"])
        for column, enum in (("uac", "next_step"), ("proxy", "proxy_action"), ("dialog", "dialog_effect")):
            if s[column] not in names(enums, enum) or s[column] == "none" and column != "dialog":
                raise DataError(f"{code}: {column} {s[column]!r} is not a {enum} of data/actions.csv")
        resp = s["response_headers"].split()
        req = s["request_headers"].split()
        for h in resp + req:
            if not HEADER_NAME.match(h):
                raise DataError(f"{code}: bad header field name {h!r}")
        headers.update(resp + req)
        for field in ("basis", "dialog_basis", "hint", "user_message"):
            if not s[field].strip():
                raise DataError(f"{code}: empty {field}")
        for field in ("basis", "dialog_basis"):
            check_basis(s[field], f"{code}: {field}")
        rows.append(dict(code=code, reason=r["reason"], references=r["references"],
                         deprecated=r["status"] == "deprecated", name=s["name"], uac=s["uac"],
                         proxy=s["proxy"], resp=resp, req=req, dialog=s["dialog"],
                         dialog_basis=s["dialog_basis"], basis=s["basis"], hint=s["hint"],
                         msg=s["user_message"]))
    # Header fields sorted case-insensitively; their canonical spelling must be unique per enumerator.
    by_enum = {}
    for h in headers:
        e = header_enumerator(h)
        if e in by_enum and by_enum[e] != h:
            raise DataError(f"header field spelled two ways: {by_enum[e]!r} and {h!r}")
        by_enum[e] = h
    fields = sorted(by_enum.values(), key=str.lower)
    if len(fields) > 64:
        raise DataError("more than 64 header fields do not fit a header_set")
    return rows, fields


SCOPES = ("anywhere", "in_dialog", "established", "terminating", "new_usage")


def load_rules(enums, rows):
    methods = [r["method"] for r in read_rows(METHODS)]
    if len(methods) != len(set(methods)) or len(methods) > 15:
        raise DataError("iana-sip-methods.csv: methods must be unique, at most 15")
    effects = names(enums, "dialog_effect")
    rules = []
    for n, r in enumerate(read_rows(DIALOG_RULES), 1):
        where = f"dialog-rules.csv rule {n}"
        spec = r["method"].split()
        negate = bool(spec) and spec[0].startswith("!")
        if negate:
            spec[0] = spec[0][1:]
        bits = 0
        for m in spec:
            if m == "*" and not negate and len(spec) == 1:
                bits = (1 << (len(methods) + 1)) - 1
            elif m == "unknown":
                bits |= 1 << len(methods)
            elif m in methods:
                bits |= 1 << methods.index(m)
            else:
                raise DataError(f"{where}: {m!r} is not an IANA method, \"unknown\" or \"*\"")
        if negate:
            bits = ((1 << (len(methods) + 1)) - 1) & ~bits
        if r["where"] not in SCOPES:
            raise DataError(f"{where}: where must be one of {SCOPES}")
        classes, by_effect, codes = 0, 0, []
        for item in r["codes"].split():
            if re.fullmatch(r"[1-6]xx", item):
                classes |= 1 << int(item[0])
            elif item.startswith("effect:") and item[7:] in effects:
                by_effect |= 1 << effects.index(item[7:])
            elif re.fullmatch(r"[1-6]\d\d", item) and int(item) in {row["code"] for row in rows}:
                codes.append(int(item))
            else:
                raise DataError(f"{where}: {item!r} is not a registered code, Nxx or effect:NAME")
        if len(codes) > 4 or not (classes or by_effect or codes):
            raise DataError(f"{where}: name one to four codes, or classes or effects")
        if r["effect"] not in effects:
            raise DataError(f"{where}: unknown effect {r['effect']!r}")
        acts_as = int(r["acts_as"]) if r["acts_as"] else 0
        if acts_as and acts_as not in {row["code"] for row in rows}:
            raise DataError(f"{where}: acts_as {acts_as} is not registered")
        if r["step"] and r["step"] not in names(enums, "next_step"):
            raise DataError(f"{where}: unknown step {r['step']!r}")
        check_basis(r["basis"], f"{where}: basis")
        rules.append(dict(methods=bits, where=r["where"], classes=classes, effects=by_effect,
                          codes=codes + [0] * (4 - len(codes)), effect=r["effect"], acts_as=acts_as,
                          step=r["step"], basis=r["basis"]))
    return methods, rules


def render_actions(enums):
    out = io.StringIO()
    w = out.write
    w("// GENERATED FILE: do not edit. Produced by tools/generate_registry.py from data/actions.csv;\n"
      "// change the data and re-run `python3 tools/generate_registry.py` (CI runs it with --check).\n"
      "//\n"
      "// The vocabulary of \"what now?\": what a UAC does next (next_step), what a stateful proxy does\n"
      "// with a response (proxy_action) and what a response does to the dialog of its request\n"
      "// (dialog_effect). to_string() gives each enumerator's name, describe() what it means.\n")
    w("#ifndef SIPCODE_ACTIONS_HPP\n#define SIPCODE_ACTIONS_HPP\n\n"
      "#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <string_view>\n\n"
      "#include \"detail/enum_table.hpp\"\n\nnamespace sipcode {\n\n")
    docs = {"next_step": "What a UAC does next after a response.",
            "proxy_action": "What a stateful proxy does with a response received on one branch (RFC 3261 s16.7).",
            "dialog_effect": "What a response does to the dialog of its request (RFC 5057 s5.1)."}
    for e in ENUMS:
        values = enums[e]
        w(f"/** {docs[e]} */\nenum class {e} : std::uint8_t {{\n")
        for name, desc in values:
            w(f"    /// {desc}\n    {name},\n")
        w("};\n\n")
        w(f"inline constexpr std::size_t {e}_count = {len(values)};\n\n")
    w("namespace detail {\n")
    for e in ENUMS:
        w(f"inline constexpr std::array<enum_text<{e}>, {e}_count> {e}_texts = {{{{\n")
        for name, desc in enums[e]:
            w(f"    {{{e}::{name}, {cpp_view(name)},\n     {cpp_view(desc)}}},\n")
        w("}};\n")
        w(f"static_assert(covers({e}_texts, {e}_count), \"one row per {e}, in value order\");\n")
    w("}  // namespace detail\n\n")
    for e in ENUMS:
        fallback = enums[e][0][0]
        w(f"/** The enumerator's name, \"{enums[e][1][0]}\"; \"{fallback}\" for a value outside the enum. */\n"
          f"constexpr std::string_view to_string({e} v) noexcept {{\n"
          f"    return detail::name_of(detail::{e}_texts, v, detail::{e}_texts[0].name);\n}}\n"
          f"/** What the value means, in a sentence fragment with its RFC basis. */\n"
          f"constexpr std::string_view describe({e} v) noexcept {{\n"
          f"    return detail::description_of(detail::{e}_texts, v, detail::{e}_texts[0].description);\n}}\n\n")
    w("}  // namespace sipcode\n\n#endif  // SIPCODE_ACTIONS_HPP\n")
    return out.getvalue()


def render(rows, fields, methods, rules):
    out = io.StringIO()
    w = out.write
    w("// GENERATED FILE: do not edit. Produced by tools/generate_registry.py from\n"
      "// data/iana-sip-response-codes.csv, data/semantics.csv, data/iana-sip-methods.csv and\n"
      "// data/dialog-rules.csv; change the data and re-run `python3 tools/generate_registry.py`\n"
      "// (CI runs it with --check).\n")
    w("#ifndef SIPCODE_REGISTRY_HPP\n#define SIPCODE_REGISTRY_HPP\n\n")
    w("#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <initializer_list>\n"
      "#include <string_view>\n\n#include \"actions.hpp\"\n#include \"types.hpp\"\n\nnamespace sipcode {\n\n")
    w("/** Every IANA-registered SIP response code. Other values stay representable as numbers. */\n")
    w("enum class status : std::uint16_t {\n")
    for r in rows:
        w(f"    {r['name']} = {r['code']},\n")
    w("};\n\n")
    w("/** Header fields named by the registry's next-step semantics, in case-insensitive order. */\n")
    w("enum class header_field : std::uint8_t {\n")
    for f in fields:
        w(f"    {header_enumerator(f)},\n")
    w("};\n\n")
    w(f"inline constexpr std::size_t header_field_count = {len(fields)};\n\n")
    w("/** Canonical spelling of each header field, indexed by `header_field`. Each view's text is a\n"
      " *  string literal, so `header_name(h).data()` is NUL-terminated (header_name_c()). */\n")
    w(f"inline constexpr std::array<std::string_view, {len(fields)}> header_field_names = {{{{\n")
    for f in fields:
        w(f"    {cpp_view(f)},\n")
    w("}};\n\n")
    w("/** The canonical spelling of a header field, e.g. \"WWW-Authenticate\"; \"\" if out of range. */\n")
    w("constexpr std::string_view header_name(header_field h) noexcept {\n"
      "    const auto i = static_cast<std::size_t>(h);\n"
      "    return i < header_field_names.size() ? header_field_names[i] : std::string_view(\"\", 0);\n}\n\n")
    w("/** The same name as a NUL-terminated C string, for stacks that look headers up by C string. */\n")
    w("constexpr const char* header_name_c(header_field h) noexcept { return header_name(h).data(); }\n\n")
    w("namespace detail {\n"
      "constexpr header_set headers(std::initializer_list<header_field> fields) noexcept {\n"
      "    std::uint64_t bits = 0;\n"
      "    for (header_field f : fields) bits |= std::uint64_t{1} << static_cast<unsigned>(f);\n"
      "    return header_set(bits);\n}\n}  // namespace detail\n\n")
    w(f"inline constexpr std::size_t registry_size = {len(rows)};\n\n")
    w("/** The registry: one row per registered code, sorted by code. */\n")
    w("inline constexpr std::array<status_info, registry_size> registry = {{\n")

    def hs(names_):
        return "detail::headers({" + ", ".join(f"header_field::{header_enumerator(h)}" for h in names_) + "})"

    for r in rows:
        w(f"    {{{r['code']}, status_class::{CLASS_NAMES[r['code'] // 100]}, "
          f"{'true' if r['deprecated'] else 'false'}, {cpp_view(r['name'])}, "
          f"{cpp_view(r['reason'])}, {cpp_view(r['references'])},\n")
        w(f"     {{next_step::{r['uac']}, proxy_action::{r['proxy']}, dialog_effect::{r['dialog']},\n"
          f"      {hs(r['resp'])},\n      {hs(r['req'])}}},\n")
        w(f"     {cpp_view(r['basis'])},\n")
        w(f"     {cpp_view(r['dialog_basis'])},\n")
        w(f"     {cpp_view(r['hint'])},\n")
        w(f"     {cpp_view(r['msg'])}}},\n")
    w("}};\n\n")
    w("/** IANA's SIP methods (case-sensitive, RFC 3261 s7.1), sorted. */\n")
    w(f"inline constexpr std::array<std::string_view, {len(methods)}> sip_methods = {{{{\n")
    for m in methods:
        w(f"    {cpp_view(m)},\n")
    w("}};\n\n")
    w("namespace detail {\n\n")
    w("/** Which requests a dialog rule is about (data/dialog-rules.csv, column `where`). */\n"
      "enum class rule_scope : std::uint8_t { " + ", ".join(SCOPES) + " };\n\n")
    w("/** One rule of data/dialog-rules.csv: for the methods in `methods` (bit i: sip_methods[i]; the\n"
      " *  bit after the last: any other method) and requests in `where`, a response whose effective code\n"
      " *  is in `codes`, in a class of `classes` (bit n: nxx) or of a base effect in `effects` (bit e:\n"
      " *  dialog_effect e of its row) has `effect` on the dialog, and is acted on as `acts_as` (0: as\n"
      " *  itself) with `step` (when has_step). The first matching rule wins. */\n"
      "struct dialog_rule {\n    std::uint16_t methods;\n    rule_scope where;\n    std::uint8_t classes;\n"
      "    std::uint8_t effects;\n    std::array<std::uint16_t, 4> codes;\n    dialog_effect effect;\n"
      "    std::uint16_t acts_as;\n    bool has_step;\n    next_step step;\n    std::string_view basis;\n};\n\n")
    w(f"inline constexpr std::array<dialog_rule, {len(rules)}> dialog_rules = {{{{\n")
    for r in rules:
        codes = ", ".join(str(c) for c in r["codes"])
        w(f"    {{0x{r['methods']:04x}, rule_scope::{r['where']}, 0x{r['classes']:02x}, 0x{r['effects']:02x}, "
          f"{{{{{codes}}}}}, dialog_effect::{r['effect']}, {r['acts_as']}, {'true' if r['step'] else 'false'}, "
          f"next_step::{r['step'] or 'none'},\n     {cpp_view(r['basis'])}}},\n")
    w("}};\n\n}  // namespace detail\n\n}  // namespace sipcode\n\n#endif  // SIPCODE_REGISTRY_HPP\n")
    return out.getvalue()


def load_telephony(rows):
    """The Q.850 causes, RFC 3398's two tables, the Warning table for 488/606 and the warn-codes."""
    registered = {r["code"] for r in rows}
    causes = []
    for r in read_rows(Q850_CAUSES):
        cause = int(r["cause"])
        if not 1 <= cause <= 127 or (causes and causes[-1][0] >= cause) or not r["name"].strip():
            raise DataError(f"q850-causes.csv: causes must be 1..127, ascending, named: {r!r}")
        causes.append((cause, r["name"]))
    names = dict(causes)

    # ISUP -> SIP: one row per cause. A "(with diagnostic)" row gives the diagnostic alternative of the
    # cause's row; the (+) footnote gives the 6xx of the same xx for a cause located at the user.
    isup, by_cause = [], {}
    for r in read_rows(CAUSE_TO_STATUS):
        cause = int(r["cause"])
        where = f"rfc3398-cause-to-status.csv cause {cause}"
        if cause not in names:
            raise DataError(f"{where}: not a Q.850 cause")
        status = int(r["sip_code"]) if r["sip_code"] else 0
        if status and status not in registered:
            raise DataError(f"{where}: {status} is not a registered code")
        if "(with diagnostic)" in r["q850_name"]:
            if cause not in by_cause or not status:
                raise DataError(f"{where}: a diagnostic row follows the cause's own row and names a code")
            by_cause[cause]["diagnostic"] = status
            continue
        if cause in by_cause:
            raise DataError(f"{where}: appears twice")
        user = 0
        if r["footnote"].startswith("(+)"):
            user = 600 + status % 100
            if user not in registered:
                raise DataError(f"{where}: (+) names {user}, which is not registered")
        row = dict(cause=cause, status=status, user=user, diagnostic=0)
        by_cause[cause] = row
        isup.append(row)

    # SIP -> ISUP: "(any other)" is the default; "by Warning header" rows take the Warning table;
    # footnotes (*) and (+) mean: authenticate or repair and retry first.
    sip, default_cause = [], None
    for r in read_rows(STATUS_TO_CAUSE):
        where = f"rfc3398-status-to-cause.csv {r['sip_code']}"
        if r["sip_code"] == "(any other)":
            default_cause = int(r["cause"])
            continue
        status = int(r["sip_code"])
        if status not in registered or any(s["status"] == status for s in sip):
            raise DataError(f"{where}: not registered, or listed twice")
        by_warning = "by Warning header" in r["footnote"]
        cause = int(r["cause"]) if r["cause"] else 0
        if (cause == 0) != (by_warning or "no mapping" in r["footnote"]) or (cause and cause not in names):
            raise DataError(f"{where}: a cause, or \"by Warning header\" or \"no mapping\"")
        retry = r["footnote"].startswith("(*)") or r["footnote"].startswith("(+)")
        sip.append(dict(status=status, cause=cause, by_warning=by_warning, retry=retry))
    if default_cause not in names:
        raise DataError("rfc3398-status-to-cause.csv: the (any other) row must name a Q.850 cause")

    warn_codes = []
    for r in read_rows(WARN_CODES):
        code = int(r["warn_code"])
        if not 300 <= code <= 399 or (warn_codes and warn_codes[-1][0] >= code) or not r["text"].strip():
            raise DataError(f"iana-warning-codes.csv: codes must be 3xx, ascending, with text: {r!r}")
        warn_codes.append((code, r["text"], r["reference"]))
    warnings = []
    for r in read_rows(WARNING_CAUSES):
        code, cause = int(r["warn_code"]), int(r["cause"])
        if code not in {w[0] for w in warn_codes} or cause not in names or any(w[0] == code for w in warnings):
            raise DataError(f"q850-warning-causes.csv: {r!r} names an unregistered warn-code or no cause")
        warnings.append((code, cause))
    return dict(causes=causes, isup=isup, sip=sip, default_cause=default_cause, warnings=warnings,
                warn_codes=warn_codes)


def render_telephony(t):
    out = io.StringIO()
    w = out.write
    w("// GENERATED FILE: do not edit. Produced by tools/generate_registry.py from data/q850-causes.csv,\n"
      "// data/rfc3398-cause-to-status.csv, data/rfc3398-status-to-cause.csv,\n"
      "// data/q850-warning-causes.csv and data/iana-warning-codes.csv; change the data and re-run\n"
      "// `python3 tools/generate_registry.py` (CI runs it with --check).\n"
      "//\n"
      "// The telephony tables: Q.850 cause names, RFC 3398's two mapping tables with sipcode's Warning\n"
      "// table for 488 and 606, and IANA's warn-codes. Use them through <sipcode/q850.hpp> and\n"
      "// <sipcode/warning.hpp>, which include this header.\n")
    w("#ifndef SIPCODE_TELEPHONY_DATA_HPP\n#define SIPCODE_TELEPHONY_DATA_HPP\n\n"
      "#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <string_view>\n\n"
      "namespace sipcode {\n\n")
    w("/** One Q.850 cause value and its name (data/q850-causes.csv). */\n"
      "struct q850_cause_info {\n"
      "    std::uint8_t cause;     ///< the cause this row describes\n"
      "    std::string_view name;  ///< Q.850's name, e.g. \"No circuit/channel available\"\n};\n\n")
    w("/** Every cause value Q.850 defines, sorted. */\n"
      f"inline constexpr std::array<q850_cause_info, {len(t['causes'])}> q850_causes = {{{{\n")
    for cause, name in t["causes"]:
        w(f"    {{{cause}, {cpp_view(name)}}},\n")
    w("}};\n\n")
    w("/** ISUP cause -> SIP status (RFC 3398 s7.2.4.1). A status of 0 means \"no response\" (cause 16). */\n"
      "struct q850_to_sip_row {\n    std::uint8_t cause;\n"
      "    std::uint16_t status;             ///< the response; 0: none (the call ends with BYE/CANCEL)\n"
      "    std::uint16_t user_status;        ///< when the cause location is 'user'; 0: same as `status`\n"
      "    std::uint16_t diagnostic_status;  ///< when the cause carries a diagnostic; 0: same as `status`\n"
      "};\n\n")
    w("/** SIP status -> ISUP cause (RFC 3398 s8.2.6.1). */\n"
      "struct sip_to_q850_row {\n    std::uint16_t status;\n"
      "    std::uint8_t cause;     ///< 0: none (\"---\", 487), or taken from the Warning code when `by_warning`\n"
      "    bool by_warning;        ///< 488, 606: the cause depends on the Warning code\n"
      "    bool retry_first;       ///< RFC footnotes (*) and (+): authenticate or repair and retry before releasing\n"
      "};\n\n")
    w("/** Warning code -> ISUP cause, for the rows marked `by_warning`. */\n"
      "struct warning_to_q850_row {\n    std::uint16_t warn_code;\n    std::uint8_t cause;\n};\n\n")
    w("/** RFC 3398 s7.2.4.1, row for row (data/rfc3398-cause-to-status.csv; the \"(with diagnostic)\" row\n"
      " *  is the diagnostic alternative of its cause, footnote (+) the 6xx for a cause at the user). */\n"
      "inline constexpr q850_to_sip_row rfc3398_isup_rows[] = {\n")
    for r in t["isup"]:
        w(f"    {{{r['cause']}, {r['status']}, {r['user']}, {r['diagnostic']}}},\n")
    w("};\n\n")
    w("/** RFC 3398 s8.2.6.1, row for row (data/rfc3398-status-to-cause.csv). */\n"
      "inline constexpr sip_to_q850_row rfc3398_sip_rows[] = {\n")
    for r in t["sip"]:
        w(f"    {{{r['status']}, {r['cause']}, {'true' if r['by_warning'] else 'false'}, "
          f"{'true' if r['retry'] else 'false'}}},\n")
    w("};\n\n")
    w("/** The cause for every status RFC 3398 s8.2.6.1 does not list (its \"(any other)\" row). */\n"
      f"inline constexpr std::uint8_t rfc3398_unlisted_status_cause = {t['default_cause']};\n\n")
    w("/** sipcode's Warning table for 488/606 (RFC 3398 gives none; data/q850-warning-causes.csv). */\n"
      "inline constexpr warning_to_q850_row rfc3398_warning_rows[] = {\n")
    for code, cause in t["warnings"]:
        w(f"    {{{code}, {cause}}},\n")
    w("};\n\n")
    w("/** One row of IANA's \"Warning Codes (warn-codes)\" registry. */\n"
      "struct warn_code_info {\n"
      "    std::uint16_t code;          ///< the warn-code this row describes (each row stores its own key)\n"
      "    std::string_view text;       ///< the registered text, e.g. \"Incompatible media format\"\n"
      "    std::string_view reference;  ///< e.g. \"RFC3261\"\n};\n\n")
    w("/** Every registered warn-code (data/iana-warning-codes.csv), sorted by code. */\n"
      f"inline constexpr std::array<warn_code_info, {len(t['warn_codes'])}> warn_codes = {{{{\n")
    for code, text, ref in t["warn_codes"]:
        w(f"    {{{code}, {cpp_view(text)}, {cpp_view(ref)}}},\n")
    w("}};\n\n}  // namespace sipcode\n\n#endif  // SIPCODE_TELEPHONY_DATA_HPP\n")
    return out.getvalue()


C_TEMPLATE = ROOT / "tools" / "sipcode.h.in"
C_OUTPUT = ROOT / "include" / "sipcode.h"


def c_name(*parts):
    return "_".join(p.upper().replace("-", "_") for p in parts)


def render_c(enums, rows, fields, methods, rules, tel):
    """include/sipcode.h: the hand-written C of tools/sipcode.h.in with the same tables as the C++
    headers (enums where the template says @GENERATED_ENUMS@, tables at @GENERATED_TABLES@)."""
    e = io.StringIO()
    w = e.write
    w("/** Every IANA-registered SIP response code (the C++ sipcode::status). */\n"
      "typedef enum sipcode_status {\n")
    w(",\n".join(f"    {c_name('sipcode_status', r['name'])} = {r['code']}" for r in rows) + "\n} sipcode_status;\n\n")
    w(f"#define SIPCODE_REGISTRY_SIZE {len(rows)}\n\n")
    # Every name and description in one table, enum after enum, read through one function; the
    # per-enum functions, each beside its enum, only name their group.
    groups = [(enum.upper(), [(n, d) for n, d in enums[enum]]) for enum in ENUMS]
    groups += [("HEADER", [(f, "") for f in fields]), ("METHOD", [(m, "") for m in methods])]
    empty = sum(len(values) for _, values in groups)
    w("/* The groups of sipcode_detail_text_of()'s rows: one per enum, then the header fields and IANA's\n"
      " * methods. */\nenum {\n")
    w(",\n".join(f"    SIPCODE_DETAIL_TEXTS_{key}" for key, _ in groups) + "\n};\n\n")
    w("/* Row i of a group; any other i gets the group's first row (\"none\") or, for the header fields and\n"
      " * the methods, an empty row. The names and descriptions of data/actions.csv, the spellings of the\n"
      " * header fields the registry names, IANA's methods (data/iana-sip-methods.csv). */\n"
      "static inline const sipcode_detail_text *sipcode_detail_text_of(unsigned group, unsigned i) {\n"
      f"    static const unsigned short groups[{len(groups)}][3] = {{ /* first row, rows, row of any other i */\n")
    first = 0
    for key, values in groups:
        otherwise = empty if key in ("HEADER", "METHOD") else first
        w(f"        {{{first}, {len(values)}, {otherwise}}}, /* SIPCODE_DETAIL_TEXTS_{key} */\n")
        first += len(values)
    w(f"    }};\n    static const sipcode_detail_text rows[{empty + 1}] = {{\n")
    for key, values in groups:
        w(f"        /* SIPCODE_DETAIL_TEXTS_{key} */\n")
        for name, desc in values:
            w(f"        {{{cpp_string(name)}, {cpp_string(desc)}}},\n")
    w('        {"", ""},\n    };\n'
      f"    const unsigned short *g = groups[group < {len(groups)}U ? group : 0U];\n"
      "    return &rows[i < g[1] ? g[0] + i : g[2]];\n}\n\n")

    def text_of(fn, doc, key, column, arg):
        w(f"/** {doc} */\nstatic inline const char *{fn}({arg} i) {{\n"
          f"    return sipcode_detail_text_of(SIPCODE_DETAIL_TEXTS_{key}, (unsigned)i)->{column};\n}}\n\n")

    docs = {"next_step": "What a UAC does next after a response.",
            "proxy_action": "What a stateful proxy does with a response (RFC 3261 s16.7).",
            "dialog_effect": "What a response does to the dialog of its request (RFC 5057 s5.1)."}
    for enum in ENUMS:
        w(f"/** {docs[enum]} Names and descriptions: sipcode_{enum}_name(), sipcode_{enum}_description(). */\n"
          f"typedef enum sipcode_{enum} {{\n")
        for k, (name, desc) in enumerate(enums[enum]):
            comma = "," if k + 1 < len(enums[enum]) else ""
            w(f"    {c_name('sipcode', enum, name)}{comma} /* {desc.replace('*/', '* /').replace('/*', '/ *')} */\n")
        w(f"}} sipcode_{enum};\n\n#define {c_name('sipcode', enum, 'count')} {len(enums[enum])}\n\n")
        text_of(f"sipcode_{enum}_name", f"The enumerator's name, \"{enums[enum][1][0]}\"; \"none\" outside the enum.",
                enum.upper(), "name", f"sipcode_{enum}")
        text_of(f"sipcode_{enum}_description", "What the value means, with its RFC basis.",
                enum.upper(), "description", f"sipcode_{enum}")
    w("/** Header fields named by the registry's next-step semantics, in case-insensitive order;\n"
      " *  sipcode_header_name() spells them. */\ntypedef enum sipcode_header_field {\n")
    w(",\n".join(f"    {c_name('sipcode_header', header_enumerator(f))}" for f in fields) + "\n} sipcode_header_field;\n\n")
    w(f"#define SIPCODE_HEADER_COUNT {len(fields)}\n#define SIPCODE_METHOD_COUNT {len(methods)}\n\n")
    text_of("sipcode_header_name", "The canonical spelling of a header field, \"WWW-Authenticate\"; \"\" if out of range.",
            "HEADER", "name", "sipcode_header_field")
    text_of("sipcode_method_name", "IANA's SIP methods (case-sensitive), sorted; \"\" if out of range.",
            "METHOD", "name", "unsigned")

    t = io.StringIO()
    w = t.write

    def bits(names_):
        return f"UINT64_C(0x{sum(1 << fields.index(h) for h in names_):016x})"

    w("/** The registry: one row per registered code, sorted by code (SIPCODE_REGISTRY_SIZE rows). */\n"
      "static inline const sipcode_status_info *sipcode_registry(void) {\n"
      "    static const sipcode_status_info rows[SIPCODE_REGISTRY_SIZE] = {\n")
    for r in rows:
        resp = sorted(r["resp"], key=fields.index)
        req = sorted(r["req"], key=fields.index)
        w(f"        {{{r['code']}, {c_name('sipcode_class', CLASS_NAMES[r['code'] // 100])}, "
          f"{1 if r['deprecated'] else 0}, {cpp_string(r['name'])}, {cpp_string(r['reason'])}, "
          f"{cpp_string(r['references'])},\n"
          f"         {c_name('sipcode_next_step', r['uac'])}, {c_name('sipcode_proxy_action', r['proxy'])}, "
          f"{c_name('sipcode_dialog_effect', r['dialog'])}, {bits(resp)}, {bits(req)},\n"
          f"         {cpp_string(', '.join(resp))}, {cpp_string(', '.join(req))},\n"
          f"         {cpp_string(r['basis'])},\n         {cpp_string(r['dialog_basis'])},\n"
          f"         {cpp_string(r['hint'])},\n         {cpp_string(r['msg'])}}},\n")
    w("    };\n    return rows;\n}\n\n")
    index = [0] * 600
    for n, r in enumerate(rows, 1):
        index[r["code"] - 100] = n
    w("/* The row of each code 100..699 plus one, 0 where the code is not registered. */\n"
      "static inline const unsigned char *sipcode_detail_registry_index(void) {\n"
      "    static const unsigned char index[600] = {\n")
    for k in range(0, 600, 25):
        w("        " + ", ".join(str(v) for v in index[k:k + 25]) + ",\n")
    w("    };\n    return index;\n}\n\n")
    w(f"#define SIPCODE_DETAIL_DIALOG_RULE_COUNT {len(rules)}\n\n"
      "/* data/dialog-rules.csv: the first rule that matches wins. */\n"
      "static inline const sipcode_detail_dialog_rule *sipcode_detail_dialog_rules(void) {\n"
      "    static const sipcode_detail_dialog_rule rules[SIPCODE_DETAIL_DIALOG_RULE_COUNT] = {\n")
    for r in rules:
        w(f"        {{0x{r['methods']:04x}U, {c_name('sipcode_detail', r['where'])}, 0x{r['classes']:02x}U, "
          f"0x{r['effects']:02x}U, {{{', '.join(str(c) for c in r['codes'])}}}, "
          f"{c_name('sipcode_dialog_effect', r['effect'])}, {r['acts_as']}, {1 if r['step'] else 0}, "
          f"{c_name('sipcode_next_step', r['step'] or 'none')},\n         {cpp_string(r['basis'])}}},\n")
    w("    };\n    return rules;\n}\n\n")

    def table(fn, row_type, count, doc, lines):
        w(f"#define {count} {len(lines)}\n\n/* {doc} */\n"
          f"static inline const {row_type} *{fn}(void) {{\n    static const {row_type} rows[{count}] = {{\n")
        for line in lines:
            w(f"        {{{line}}},\n")
        w("    };\n    return rows;\n}\n\n")

    table("sipcode_q850_causes", "sipcode_q850_cause_info", "SIPCODE_Q850_CAUSE_COUNT",
          "Every cause value Q.850 defines, sorted (data/q850-causes.csv).",
          [f"{c}, {cpp_string(n)}" for c, n in tel["causes"]])
    table("sipcode_detail_isup_rows", "sipcode_detail_isup_row", "SIPCODE_DETAIL_ISUP_ROW_COUNT",
          "RFC 3398 s7.2.4.1: cause, status, status at the user, status with a diagnostic (0: as status).",
          [f"{r['cause']}, {r['status']}, {r['user']}, {r['diagnostic']}" for r in tel["isup"]])
    table("sipcode_detail_sip_rows", "sipcode_detail_sip_row", "SIPCODE_DETAIL_SIP_ROW_COUNT",
          "RFC 3398 s8.2.6.1: status, cause (0: none or by Warning), by Warning, retry first.",
          [f"{r['status']}, {r['cause']}, {int(r['by_warning'])}, {int(r['retry'])}" for r in tel["sip"]])
    w(f"#define SIPCODE_DETAIL_UNLISTED_STATUS_CAUSE {tel['default_cause']}\n\n")
    table("sipcode_detail_warning_rows", "sipcode_detail_warning_row", "SIPCODE_DETAIL_WARNING_ROW_COUNT",
          "sipcode's Warning code -> cause table for 488 and 606 (data/q850-warning-causes.csv).",
          [f"{c}, {q}" for c, q in tel["warnings"]])
    table("sipcode_warn_codes", "sipcode_warn_code_info", "SIPCODE_WARN_CODE_COUNT",
          "IANA's warn-codes, sorted (data/iana-warning-codes.csv).",
          [f"{c}, {cpp_string(x)}, {cpp_string(ref)}" for c, x, ref in tel["warn_codes"]])

    notice = ("/* GENERATED FILE: do not edit. Produced by tools/generate_registry.py from tools/sipcode.h.in\n"
              " * (the hand-written C) and the data files of the C++ headers in data/; change those and\n"
              " * re-run `python3 tools/generate_registry.py` (CI runs it with --check). */")
    text = C_TEMPLATE.read_text(encoding="utf-8")
    for marker, value in (("/*@GENERATED_NOTICE@*/", notice), ("/*@GENERATED_ENUMS@*/\n", e.getvalue()),
                          ("/*@GENERATED_TABLES@*/\n", t.getvalue())):
        if text.count(marker) != 1:
            raise DataError(f"{C_TEMPLATE.name}: {marker.strip()} must appear exactly once")
        text = text.replace(marker, value)
    return text


def check_or_write(path, text, check):
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                                       str(path), "generated"))
            print(f"generate_registry: {path} is not current; run tools/generate_registry.py",
                  file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed headers are not current")
    args = ap.parse_args()
    try:
        enums = load_actions()
        rows, fields = load(enums)
        methods, rules = load_rules(enums, rows)
        outputs = {ACTIONS_OUTPUT: render_actions(enums), OUTPUT: render(rows, fields, methods, rules)}
        telephony = load_telephony(rows)
        outputs[TELEPHONY_OUTPUT] = render_telephony(telephony)
        outputs[C_OUTPUT] = render_c(enums, rows, fields, methods, rules, telephony)
    except (DataError, KeyError, ValueError) as e:
        print(f"generate_registry: {e}", file=sys.stderr)
        return 2
    return max(check_or_write(path, text, args.check) for path, text in outputs.items())


if __name__ == "__main__":
    sys.exit(main())
