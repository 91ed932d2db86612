#!/usr/bin/env python3
"""Generate benchmarks/corpus/status-lines.txt, the status lines every benchmark path reads, and
benchmarks/corpus/status-lines.expected, what each of those lines holds.

    python3 benchmarks/make_corpus.py            # rewrite both files
    python3 benchmarks/make_corpus.py --check    # exit 1 if either committed file is not what this writes

Each line of the corpus is one SIP status line with its CRLF, as it arrives on the wire. The
registered codes and their phrases come from data/iana-sip-response-codes.csv (never retyped here).
The output is deterministic: a fixed seed drives every choice. Every line belongs to one category,
weighted roughly as real traffic, where about 7.5% of the lines leave the canonical shape:

  canonical        SIP/2.0, a registered code, an ASCII phrase of letters, digits, SP and - / . ( ) ,
                   : ; ' ! * + (IANA's phrases, traffic-weighted, every registered code at least three
                   times; and the spellings real stacks send: "Ok", "Giving it a try", ...)
  unregistered     codes IANA has not registered (477..479 as Kamailio sends them, random others)
  empty            an empty phrase ("SIP/2.0 200 \r\n")
  long             80 to 400 octets of ASCII diagnostic text some servers put in the phrase
  utf8             UTF-8 phrases of localised gateways ("Ошибка сервера", "Besetzt – 話し中")
  htab             an HTAB inside the phrase
  reserved         = & ? @ $ _ ~ in the phrase (allowed by RFC 3261, not letters or digits)
  escaped          %HH escapes
  strict_rejected  " [ ] < > # in the phrase: RFC 3261 s25.1 excludes them, real stacks send them

The expected file, written from what this script put into each line (not by parsing it), holds one
line per corpus line, in order: the code, the phrase as hex ("-" when empty), 1 when RFC 3261 s25.1
accepts the line and 0 when it does not, and the category. That last-but-one column is computed by
this script's own reading of the RFC 3261 grammar (rfc3261_phrase below) and must agree with the
category: strict_rejected lines are the only ones it rejects. benchmarks/check.cpp compares every
benchmark path, sipcode's included, with this file.
"""
import argparse
import csv
import pathlib
import random
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
IANA = ROOT / "data" / "iana-sip-response-codes.csv"
OUTPUT = ROOT / "benchmarks" / "corpus" / "status-lines.txt"
SEED = 5  # issue #5
TOTAL = 1200

# How often a code shows up in ordinary call traffic, relative to the others (codes absent here
# have weight 1). Only the weights live here; the phrases come from the registry file.
TRAFFIC_WEIGHT = {100: 60, 180: 40, 183: 30, 200: 90, 401: 25, 407: 20, 486: 12, 487: 15,
                  404: 8, 408: 6, 480: 8, 403: 5, 481: 4, 488: 4, 500: 4, 503: 6, 603: 4, 202: 2}

# Phrases real stacks send for registered codes instead of the IANA spelling.
VENDOR_PHRASES = [
    (200, "Ok"), (100, "Giving it a try"), (100, "trying -- your call is important to us"),
    (180, "Ringing..."), (183, "Session progress"), (404, "User Not Found"), (404, "Not found"),
    (480, "Temporarily not available"), (408, "Request Time-out"), (503, "Service Unavailable (overload)"),
    (500, "Internal Server Error"), (486, "User Busy"), (403, "Forbidden - not allowed to register"),
    (487, "Request terminated"), (481, "Call leg/Transaction Does Not Exist"), (603, "Declined"),
    (488, "Not acceptable here"), (401, "Unauthorized - authentication required"),
    (407, "Proxy Auth Required"), (200, "OK - registered"),
]

# Unregistered codes with the phrases the software that invented them sends.
UNREGISTERED = [
    (477, "Unfortunately error on sending to next hop occurred (477/TM)"),
    (478, "Unresolvable destination (478/SL)"),
    (479, "Regretfully, we were not able to process the URI (479/SL)"),
    (499, "Client Closed Request"), (299, "Unknown Success"), (599, "Unknown Server Failure"),
]

UTF8_PHRASES = [
    (486, "Occupé"), (486, "Занято"), (486, "話し中"), (486, "忙线"), (486, "Besetzt – 話し中"),
    (404, "Não encontrado"), (404, "Не найдено"), (404, "Introuvable – numéro inconnu"),
    (480, "Momentanément indisponible"), (480, "Vorübergehend nicht erreichbar"),
    (603, "Refusé"), (603, "Отклонено"), (200, "Успешно"), (487, "Anfrage beendet – Gegenstelle"),
    (486, "📞 Busy"), (503, "Dienst nicht verfügbar"), (408, "Zeitüberschreitung"),
    (500, "Ошибка сервера"), (500, "Erreur interne du serveur – réessayez"), (486, "Ocupado – línea 2"),
]

# An HTAB inside the phrase (never at either end: lenient parsers trim those).
HTAB_PHRASES = [(486, "Busy\tHere"), (480, "Temporarily\tUnavailable"), (404, "Not Found\t(no such user)"),
                (503, "Service Unavailable\tretry later")]

# Reserved and unreserved octets RFC 3261 allows that are neither letters, digits nor the common
# punctuation of phrases: = & ? @ $ _ ~.
RESERVED_PHRASES = [
    (403, "Forbidden (cause=21)"), (480, "Temporarily Unavailable;retry=30"),
    (404, "Not Found: alice@example.com"), (486, "Busy & unavailable"),
    (500, "Server Internal Error (id=7f3a_91)"), (503, "Service Unavailable?"),
    (402, "Payment Required: balance $0.00"), (487, "Request Terminated ~ caller hung up"),
    (603, "Decline reason=user_rejected"),
]

ESCAPED_PHRASES = [(480, "Away%20now"), (404, "No%20such%20user"), (486, "Busy%2C%20call%20later"),
                   (403, "Forbidden%3A%20blocked"), (486, "Occup%C3%A9")]

# Octets RFC 3261 s25.1 excludes from the phrase (" [ ] < > #), which real stacks send anyway.
STRICT_REJECTED_PHRASES = [
    (486, "Busy [line 2]"), (403, 'Rejected by "policy"'), (404, "Not Found <sip:bob@example.com>"),
    (500, "Internal Error #4711"), (480, '"Temporarily Unavailable"'), (603, "Declined [DND]"),
]

WORDS = ("the call could not be routed because no gateway in the selected route group answered "
         "within the configured timeout and the fallback trunk reported that the destination "
         "number is not provisioned for this account please check the dial plan and the "
         "routing table or contact the operator with the reference shown here").split()

# Lines per category, out of TOTAL; canonical lines fill the rest. The five categories after "long"
# are the lines that leave the canonical shape: 90 of 1200, 7.5%, as measured on real traffic.
COUNTS = {"unregistered": 36, "empty": 24, "long": 24,
          "utf8": 30, "htab": 12, "reserved": 18, "escaped": 12, "strict_rejected": 18}

# RFC 3261 s25.1, written here independently of the code under test:
#   Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP / HTAB)
RFC3261_PHRASE = re.compile(
    rb"(?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'() \t]|%[0-9A-Fa-f]{2}"
    rb"|[\xC0-\xDF][\x80-\xBF]|[\xE0-\xEF][\x80-\xBF]{2}|[\xF0-\xF7][\x80-\xBF]{3}"
    rb"|[\xF8-\xFB][\x80-\xBF]{4}|[\xFC-\xFD][\x80-\xBF]{5}|[\x80-\xBF])*")


# What each category's phrases must hold, so that a category means what its name says.
PLAIN = re.compile(rb"[A-Za-z0-9 '()*+,\-./:;!]*")
SHAPE = {
    "canonical": lambda p: p != b"" and PLAIN.fullmatch(p) is not None,
    "unregistered": lambda p: PLAIN.fullmatch(p) is not None,
    "empty": lambda p: p == b"",
    "long": lambda p: len(p) >= 80 and PLAIN.fullmatch(p) is not None,
    "utf8": lambda p: any(b >= 0x80 for b in p) and b"%" not in p,
    "htab": lambda p: b"\t" in p,
    "reserved": lambda p: any(c in p for c in b"=&?@$_~"),
    "escaped": lambda p: b"%" in p,
    "strict_rejected": lambda p: any(c in p for c in b'"[]<>#'),
}


def rfc3261_phrase(phrase):
    return RFC3261_PHRASE.fullmatch(phrase) is not None


def registry():
    with open(IANA, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    return [(int(r["code"]), r["reason"]) for r in rows]


def long_phrase(rng):
    # A run of consecutive words from WORDS (wrapping around), so the text reads like a sentence.
    target = rng.randint(80, 400)
    start = rng.randrange(len(WORDS))
    words = []
    while len(" ".join(words)) < target:
        words.append(WORDS[(start + len(words)) % len(WORDS)])
    text = " ".join(words)
    return text[0].upper() + text[1:] + f" (ref {rng.randint(10000, 99999)})"


def cycle(rng, pool, n):
    """n entries of pool: each in turn, then the rest drawn at random."""
    return [pool[i] if i < len(pool) else rng.choice(pool) for i in range(n)]


def generate():
    """The corpus lines as (code, phrase, category), in corpus order."""
    rng = random.Random(SEED)
    reg = registry()
    phrase_of = dict(reg)
    registered = set(phrase_of)
    entries = []

    def add(code, phrase, category):
        entries.append((code, phrase, category))

    # Every registered code, three times, and the spellings stacks send instead of IANA's.
    for code, phrase in reg * 3 + VENDOR_PHRASES * 2:
        add(code, phrase, "canonical")
    for code, phrase in cycle(rng, UNREGISTERED, COUNTS["unregistered"] // 2):
        add(code, phrase, "unregistered")
    unassigned = [c for c in range(100, 700) if c not in registered]
    for _ in range(COUNTS["unregistered"] - COUNTS["unregistered"] // 2):
        add(rng.choice(unassigned), rng.choice(["Unknown", "Vendor Specific", "Not Implemented Here",
                                                "Custom Failure", "Try Again"]), "unregistered")
    for _ in range(COUNTS["empty"]):
        add(rng.choice([100, 180, 183, 200, 486, 487, 603]), "", "empty")
    for _ in range(COUNTS["long"]):
        add(rng.choice([403, 404, 480, 488, 500, 503, 604]), long_phrase(rng), "long")
    for category, pool in (("utf8", UTF8_PHRASES), ("htab", HTAB_PHRASES), ("reserved", RESERVED_PHRASES),
                           ("escaped", ESCAPED_PHRASES), ("strict_rejected", STRICT_REJECTED_PHRASES)):
        for code, phrase in cycle(rng, pool, COUNTS[category]):
            add(code, phrase, category)
    # The rest: ordinary traffic, registered codes with their IANA phrases.
    codes = [c for c, _ in reg]
    weights = [TRAFFIC_WEIGHT.get(c, 1) for c in codes]
    while len(entries) < TOTAL:
        code = rng.choices(codes, weights)[0]
        add(code, phrase_of[code], "canonical")
    rng.shuffle(entries)
    return entries


def render(entries):
    """The corpus bytes and the expected file's bytes."""
    corpus, expected = [], [EXPECTED_HEADER]
    for code, phrase, category in entries:
        raw = phrase.encode("utf-8")
        if not SHAPE[category](raw):
            raise SystemExit(f"make_corpus: {phrase!r} does not have the shape of category {category}")
        strict = rfc3261_phrase(raw)
        if strict != (category != "strict_rejected"):
            raise SystemExit(f"make_corpus: {category} phrase {phrase!r} is {'' if strict else 'not '}RFC 3261")
        if raw.strip(b" \t") != raw or b"\r" in raw or b"\n" in raw:
            raise SystemExit(f"make_corpus: phrase {phrase!r} would read differently in a lenient parser")
        corpus.append(f"SIP/2.0 {code} ".encode("ascii") + raw + b"\r\n")
        expected.append(f"{code} {raw.hex() or '-'} {int(strict)} {category}\n")
    return b"".join(corpus), "".join(expected).encode("ascii")


EXPECTED_HEADER = ("# What each line of status-lines.txt holds, written with it by benchmarks/make_corpus.py.\n"
                   "# code, phrase as hex (- when empty), 1 if RFC 3261 s25.1 accepts the line, category\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if a committed file is not current")
    ap.add_argument("--output", type=pathlib.Path, default=OUTPUT,
                    help="the corpus; the expected file is written next to it, with suffix .expected")
    args = ap.parse_args()
    corpus, expected = render(generate())
    files = ((args.output, corpus), (args.output.with_suffix(".expected"), expected))
    if args.check:
        stale = [path for path, data in files if not path.exists() or path.read_bytes() != data]
        for path in stale:
            print(f"make_corpus: {path} is not current; run benchmarks/make_corpus.py", file=sys.stderr)
        return 1 if stale else 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    for path, data in files:
        path.write_bytes(data)
    count = corpus.count(b"\r\n")
    print(f"make_corpus: wrote {count} lines to {args.output} and what they hold to "
          f"{files[1][0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
