#!/usr/bin/env python3
"""Checks that the README's quick start is examples/quick_start.cpp, verbatim, and that the output the
README shows is what the built program prints.

    check_readme.py README.md examples/quick_start.cpp path/to/sipcode_quick_start
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
    text = pathlib.Path(readme).read_text(encoding="utf-8")
    ok = True
    if block_after(text, "<!-- quick_start.cpp") != pathlib.Path(source).read_text(encoding="utf-8"):
        print(f"README quick start differs from {source}", file=sys.stderr)
        ok = False
    shown = block_after(text, "<!-- quick_start output")
    printed = subprocess.run([binary], check=True, capture_output=True, text=True).stdout
    if shown != printed:
        print("README shows:\n" + shown + "\nthe program prints:\n" + printed, file=sys.stderr)
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
