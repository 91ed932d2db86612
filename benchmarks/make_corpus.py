#!/usr/bin/env python3
"""Generate benchmarks/corpus/status-lines.txt, the status lines every benchmark path reads.

    python3 benchmarks/make_corpus.py            # rewrite the corpus
    python3 benchmarks/make_corpus.py --check    # exit 1 if the committed corpus is not what this writes

Each line of the output is one SIP status line with its CRLF, as it arrives on the wire. Every line
is valid under RFC 3261 s25.1 (the strict grammar), so every path does the same work: the corpus
measures the cost of reading good lines, not of rejecting bad ones.

The registered codes and their phrases come from data/iana-sip-response-codes.csv (never retyped
here). The output is deterministic: a fixed seed drives every choice. What goes in:

  - every registered code with its IANA phrase, at least three times;
  - traffic-weighted lines: a call mostly sees 100, 180, 183, 200, 401/407, 486, 487, ...;
  - phrases that real stacks send instead of IANA's spelling ("Ok", "Giving it a try", ...);
  - unregistered codes (477..479 as Kamailio sends them, and random unassigned three-digit codes);
  - empty phrases ("SIP/2.0 200 \\r\\n");
  - UTF-8 phrases (localised gateways) and %-escaped phrases;
  - long phrases (80 to 400 octets: diagnostic text some servers put in the phrase).
"""
import argparse
import csv
import pathlib
import random
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
    (486, "Occupé"), (486, "Besetzt"), (486, "Ocupado"), (486, "Занято"), (486, "話し中"),
    (486, "忙线"), (404, "Nicht gefunden"), (404, "Não encontrado"), (404, "Не найдено"),
    (480, "Momentanément indisponible"), (480, "Vorübergehend nicht erreichbar"),
    (603, "Abgelehnt"), (603, "Refusé"), (200, "Успешно"), (487, "Anfrage beendet"),
    (486, "📞 Busy"), (503, "Dienst nicht verfügbar"), (408, "Zeitüberschreitung"),
]

ESCAPED_PHRASES = [(480, "Away%20now"), (404, "No%20such%20user"), (486, "Busy%2C%20call%20later")]

WORDS = ("the call could not be routed because no gateway in the selected route group answered "
         "within the configured timeout and the fallback trunk reported that the destination "
         "number is not provisioned for this account please check the dial plan and the "
         "routing table or contact the operator with the reference shown here").split()


def registry():
    with open(IANA, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    return [(int(r["code"]), r["reason"]) for r in rows]


def line(code, phrase):
    return f"SIP/2.0 {code} {phrase}\r\n".encode("utf-8")


def long_phrase(rng):
    # A run of consecutive words from WORDS (wrapping around), so the text reads like a sentence.
    target = rng.randint(80, 400)
    start = rng.randrange(len(WORDS))
    words = []
    while len(" ".join(words)) < target:
        words.append(WORDS[(start + len(words)) % len(WORDS)])
    text = " ".join(words)
    return text[0].upper() + text[1:] + f" (ref {rng.randint(10000, 99999)})"


def generate():
    rng = random.Random(SEED)
    reg = registry()
    phrase_of = dict(reg)
    registered = set(phrase_of)
    lines = []
    # Every registered code, three times.
    for code, phrase in reg:
        lines += [line(code, phrase)] * 3
    # Special shapes, in fixed numbers.
    for code, phrase in VENDOR_PHRASES * 2:
        lines.append(line(code, phrase))
    for code, phrase in UNREGISTERED * 4:
        lines.append(line(code, phrase))
    unassigned = [c for c in range(100, 700) if c not in registered]
    for _ in range(40):
        code = rng.choice(unassigned)
        lines.append(line(code, rng.choice(["Unknown", "Vendor Specific", "Not Implemented Here",
                                             "Custom Failure", "Try Again"])))
    for _ in range(36):
        lines.append(line(rng.choice([100, 180, 183, 200, 486, 487, 603]), ""))
    for code, phrase in UTF8_PHRASES * 3:
        lines.append(line(code, phrase))
    for code, phrase in ESCAPED_PHRASES * 3:
        lines.append(line(code, phrase))
    for _ in range(48):
        lines.append(line(rng.choice([403, 404, 480, 488, 500, 503, 604]), long_phrase(rng)))
    # The rest: ordinary traffic, registered codes with their IANA phrases.
    codes = [c for c, _ in reg]
    weights = [TRAFFIC_WEIGHT.get(c, 1) for c in codes]
    while len(lines) < TOTAL:
        code = rng.choices(codes, weights)[0]
        lines.append(line(code, phrase_of[code]))
    rng.shuffle(lines)
    return b"".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed corpus is not current")
    ap.add_argument("--output", type=pathlib.Path, default=OUTPUT)
    args = ap.parse_args()
    data = generate()
    if args.check:
        if not args.output.exists() or args.output.read_bytes() != data:
            print(f"make_corpus: {args.output} is not current; run benchmarks/make_corpus.py",
                  file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    count = data.count(b"\r\n")
    print(f"make_corpus: wrote {count} lines to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
