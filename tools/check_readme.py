#!/usr/bin/env python3
"""Checks that a README example is the example program, verbatim, and that the output the README shows
is what the built program prints.

    check_readme.py README.md examples/NAME.cpp path/to/sipcode_NAME

The README marks the two fenced blocks with HTML comments naming the example: the source follows a
line containing "<!-- NAME.cpp", the output a line containing "<!-- NAME output".
"""
import pathlib
import subprocess
import sys


def block_after(text: str, marker: str) -> str:
    """The body of the first fenced block after the line containing `marker`."""
    start = text.index(marker)
    fence = text.index("```", start)
    body = text.index("\n", fence) + 1
    end = text.index("\n```", body)
    return text[body:end + 1]


def main() -> int:
    readme, source, binary = sys.argv[1:4]
    name = pathlib.Path(source).stem
    text = pathlib.Path(readme).read_text(encoding="utf-8")
    ok = True
    if block_after(text, f"<!-- {name}.cpp") != pathlib.Path(source).read_text(encoding="utf-8"):
        print(f"README example {name} differs from {source}", file=sys.stderr)
        ok = False
    shown = block_after(text, f"<!-- {name} output")
    printed = subprocess.run([binary], check=True, capture_output=True).stdout.decode("utf-8")
    if shown != printed:
        print("README shows:\n" + shown + "\nthe program prints:\n" + printed, file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
