#!/usr/bin/env python3
"""Checks that what the README and the documents in docs/ show is what the code does.

    check_readme.py DOCUMENT examples/NAME.cpp path/to/sipcode_NAME
        The example NAME in DOCUMENT is examples/NAME.cpp, verbatim, and the output the document
        shows is what the built program prints. The document marks the two fenced blocks with HTML
        comments naming the example: the source follows a line containing "<!-- NAME.cpp", the
        output a line containing "<!-- NAME output". A C example, examples/c/NAME.c, is marked
        "<!-- NAME.c" in the same way.

    check_readme.py --verbatim DOCUMENT FILE...
        Each FILE is shown verbatim in DOCUMENT: the fenced block after the line containing
        "<!-- PATH", where PATH is the file's path from the repository root (e.g.
        "<!-- examples/stacks/libre.cpp"), has exactly the file's text.

    check_readme.py --generated "ARGS" DOCUMENT path/to/sipcode [--update]
        The DOCUMENT's block between `<!-- sipcode ARGS: begin -->` and `<!-- sipcode ARGS: end -->`
        is what `sipcode ARGS` prints, run in the repository's root directory (where the README
        is, and where the commands the documents show are run from). A block that is a fenced code
        block is compared without its fence lines. --update rewrites the block instead.
"""
import pathlib
import shlex
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

def block_after(text: str, marker: str) -> str:
    """The body of the first fenced block after the line containing `marker`."""
    start = text.index(marker)
    fence = text.index("```", start)
    body = text.index("\n", fence) + 1
    end = text.index("\n```", body)
    return text[body:end + 1]


def check_example(readme: str, source: str, binary: str) -> int:
    name = pathlib.Path(source).stem
    text = pathlib.Path(readme).read_text(encoding="utf-8")
    ok = True
    if block_after(text, f"<!-- {pathlib.Path(source).name}") != pathlib.Path(source).read_text(encoding="utf-8"):
        print(f"the example {name} in {readme} differs from {source}", file=sys.stderr)
        ok = False
    shown = block_after(text, f"<!-- {name} output")
    printed = subprocess.run([binary], check=True, capture_output=True).stdout.decode("utf-8")
    if shown != printed:
        print(f"{readme} shows:\n" + shown + "\nthe program prints:\n" + printed, file=sys.stderr)
        ok = False
    return 0 if ok else 1


def check_verbatim(document: str, files: list) -> int:
    text = pathlib.Path(document).read_text(encoding="utf-8")
    ok = True
    for name in files:
        path = pathlib.Path(name).resolve()
        marker = "<!-- " + path.relative_to(ROOT).as_posix()
        if text.count(marker + " ") + text.count(marker + ":") != 1:
            print(f"{document} needs exactly one block marked {marker}", file=sys.stderr)
            ok = False
            continue
        if block_after(text, marker) != path.read_text(encoding="utf-8"):
            print(f"the block after {marker} in {document} differs from {name}", file=sys.stderr)
            ok = False
    return 0 if ok else 1


def check_generated(args: str, readme: str, binary: str, update: bool) -> int:
    path = pathlib.Path(readme)
    text = path.read_text(encoding="utf-8")
    begin_marker = f"<!-- sipcode {args}: begin -->\n"
    end_marker = f"<!-- sipcode {args}: end -->"
    if text.count(begin_marker) != 1 or text.count(end_marker) != 1:
        print(f"{readme} needs exactly one {begin_marker.strip()} ... {end_marker} block", file=sys.stderr)
        return 1
    start = text.index(begin_marker) + len(begin_marker)
    end = text.index(end_marker)
    block = text[start:end]
    fence_open = fence_close = ""
    if block.startswith("```"):
        fence_open = block[:block.index("\n") + 1]
        fence_close = "```\n"
        if not block.endswith("\n" + fence_close):
            print(f"the fenced block after {begin_marker.strip()} is not closed before its end marker",
                  file=sys.stderr)
            return 1
        block = block[len(fence_open):-len(fence_close)]
    printed = subprocess.run([binary] + shlex.split(args), check=True, capture_output=True, text=True,
                             cwd=ROOT).stdout
    if block == printed:
        return 0
    if update:
        path.write_text(text[:start] + fence_open + printed + fence_close + text[end:], encoding="utf-8")
        print(f"updated the `sipcode {args}` block of {readme}", file=sys.stderr)
        return 0
    print(f"the `sipcode {args}` block of {readme} differs from the tool's output "
          f"(python3 tools/check_readme.py --generated \"{args}\" {readme} {binary} --update):\n"
          f"{readme} shows:\n{block}\nthe tool prints:\n{printed}", file=sys.stderr)
    return 1


def main() -> int:
    if len(sys.argv) >= 4 and sys.argv[1] == "--verbatim":
        return check_verbatim(sys.argv[2], sys.argv[3:])
    if len(sys.argv) >= 5 and sys.argv[1] == "--generated":
        return check_generated(sys.argv[2], sys.argv[3], sys.argv[4], "--update" in sys.argv[5:])
    return check_example(*sys.argv[1:4])


if __name__ == "__main__":
    sys.exit(main())
