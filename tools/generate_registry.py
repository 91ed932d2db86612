#!/usr/bin/env python3
"""Generate include/sipcode/registry.hpp from the registry data files.

    data/iana-sip-response-codes.csv   IANA "Response Codes" registry (code, phrase, reference, status)
    data/semantics.csv                 sipcode's per-code semantics, hint and user message

The two files are joined on `code`; every registered code must have exactly one semantics row and
vice versa. `--check` compares the generated text with the committed header and exits 1 when they
differ, so CI can prove the header is current.
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
OUTPUT = ROOT / "include" / "sipcode" / "registry.hpp"

UAC_ACTIONS = {"wait", "done", "redirect", "use_proxy", "authenticate", "security_agreement",
               "modify_request", "retry_later", "next_server", "random_backoff",
               "terminate_dialog", "user_decision", "give_up"}
PROXY_ACTIONS = {"absorb", "forward_now", "recurse", "collect", "fail_over", "cancel_branches"}
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


def load():
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

    rows, names, headers = [], set(), set()
    for r in iana:
        s = sem_by_code[r["code"]]
        code = int(r["code"])
        if not 100 <= code <= 699:
            raise DataError(f"code {code} outside 100..699")
        if r["status"] not in ("current", "deprecated"):
            raise DataError(f"{code}: unknown IANA status {r['status']!r}")
        if not re.fullmatch(r"[a-z][a-z0-9_]*", s["name"]) or s["name"] in names:
            raise DataError(f"{code}: bad or duplicate name {s['name']!r}")
        names.add(s["name"])
        if s["uac"] not in UAC_ACTIONS:
            raise DataError(f"{code}: unknown uac action {s['uac']!r}")
        if s["proxy"] not in PROXY_ACTIONS:
            raise DataError(f"{code}: unknown proxy action {s['proxy']!r}")
        if s["ends_dialog"] not in ("0", "1"):
            raise DataError(f"{code}: ends_dialog must be 0 or 1")
        resp = s["response_headers"].split()
        req = s["request_headers"].split()
        for h in resp + req:
            if not HEADER_NAME.match(h):
                raise DataError(f"{code}: bad header field name {h!r}")
        headers.update(resp + req)
        for field in ("basis", "hint", "user_message"):
            if not s[field].strip():
                raise DataError(f"{code}: empty {field}")
        rows.append(dict(code=code, reason=r["reason"], references=r["references"],
                         deprecated=r["status"] == "deprecated", name=s["name"], uac=s["uac"],
                         proxy=s["proxy"], resp=resp, req=req, ends=s["ends_dialog"] == "1",
                         basis=s["basis"], hint=s["hint"], msg=s["user_message"]))
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


def render(rows, fields):
    out = io.StringIO()
    w = out.write
    w("// GENERATED FILE: do not edit. Produced by tools/generate_registry.py from\n"
      "// data/iana-sip-response-codes.csv and data/semantics.csv; change the data and re-run\n"
      "// `python3 tools/generate_registry.py` (CI runs it with --check).\n")
    w("#ifndef SIPCODE_REGISTRY_HPP\n#define SIPCODE_REGISTRY_HPP\n\n")
    w("#include <array>\n#include <cstddef>\n#include <cstdint>\n#include <initializer_list>\n"
      "#include <string_view>\n\n#include \"types.hpp\"\n\nnamespace sipcode {\n\n")
    w("/** Every IANA-registered SIP response code. Other values stay representable as numbers. */\n")
    w("enum class status : std::uint16_t {\n")
    for r in rows:
        w(f"    {r['name']} = {r['code']},\n")
    w("};\n\n")
    w("/** Header fields named by the registry's retry semantics, in case-insensitive order. */\n")
    w("enum class header_field : std::uint8_t {\n")
    for f in fields:
        w(f"    {header_enumerator(f)},\n")
    w("};\n\n")
    w(f"inline constexpr std::size_t header_field_count = {len(fields)};\n\n")
    w("/** Canonical spelling of each header field, indexed by `header_field`. */\n")
    w(f"inline constexpr std::array<std::string_view, {len(fields)}> header_field_names = {{{{\n")
    for f in fields:
        w(f"    {cpp_view(f)},\n")
    w("}};\n\n")
    w("/** The canonical spelling of a header field, e.g. \"WWW-Authenticate\"; \"\" if out of range. */\n")
    w("constexpr std::string_view header_name(header_field h) noexcept {\n"
      "    const auto i = static_cast<std::size_t>(h);\n"
      "    return i < header_field_names.size() ? header_field_names[i] : std::string_view{};\n}\n\n")
    w("namespace detail {\n"
      "constexpr header_set headers(std::initializer_list<header_field> fields) noexcept {\n"
      "    std::uint64_t bits = 0;\n"
      "    for (header_field f : fields) bits |= std::uint64_t{1} << static_cast<unsigned>(f);\n"
      "    return header_set(bits);\n}\n}  // namespace detail\n\n")
    w(f"inline constexpr std::size_t registry_size = {len(rows)};\n\n")
    w("/** The registry: one row per registered code, sorted by code. */\n")
    w("inline constexpr std::array<status_info, registry_size> registry = {{\n")

    def hs(names):
        return "detail::headers({" + ", ".join(f"header_field::{header_enumerator(h)}" for h in names) + "})"

    for r in rows:
        w(f"    {{{r['code']}, status_class::{CLASS_NAMES[r['code'] // 100]}, "
          f"{'true' if r['deprecated'] else 'false'}, {cpp_view(r['name'])}, "
          f"{cpp_view(r['reason'])}, {cpp_view(r['references'])},\n")
        w(f"     {{retry_action::{r['uac']}, proxy_action::{r['proxy']}, {hs(r['resp'])},\n"
          f"      {hs(r['req'])}, {'true' if r['ends'] else 'false'}}},\n")
        w(f"     {cpp_view(r['basis'])},\n")
        w(f"     {cpp_view(r['hint'])},\n")
        w(f"     {cpp_view(r['msg'])}}},\n")
    w("}};\n\n}  // namespace sipcode\n\n#endif  // SIPCODE_REGISTRY_HPP\n")
    return out.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed header is not current")
    ap.add_argument("--output", type=pathlib.Path, default=OUTPUT)
    args = ap.parse_args()
    try:
        text = render(*load())
    except (DataError, KeyError) as e:
        print(f"generate_registry: {e}", file=sys.stderr)
        return 2
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True),
                                                       str(args.output), "generated"))
            print(f"generate_registry: {args.output} is not current; run tools/generate_registry.py",
                  file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
