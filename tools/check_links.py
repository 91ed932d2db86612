#!/usr/bin/env python3
"""Checks that every relative link in the README and the documents in docs/ leads somewhere.

    check_links.py DIRECTORY
        The documents of a source tree: README.md, CHANGELOG.md and docs/*.md.
    check_links.py FILE.md...

A link is `[text](target)` outside fenced code blocks, inline code and HTML comments. Links with a scheme
(https:, mailto:) are left alone. Every other target must name a file or directory that exists,
relative to the document holding the link; a `#fragment` must be the anchor of a heading in the
target document (or in the document itself for a bare `#fragment`), spelled as GitHub spells it:
lower case, punctuation other than `-` and `_` dropped, spaces turned into `-`.
"""
import pathlib
import re
import sys

LINK = re.compile(r"\[(?:[^\]\\]|\\.)*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
CODE_SPAN = re.compile(r"(`+).*?\1")
COMMENT = re.compile(r"<!--.*?-->")


def prose_lines(text: str):
    """(line number, line) for each line outside fenced code blocks, inline code removed."""
    fence = None
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip()
        if fence is None and (stripped.startswith("```") or stripped.startswith("~~~")):
            fence = stripped[:3]
            continue
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
            continue
        yield number, COMMENT.sub("", CODE_SPAN.sub("", line))


def anchors(path: pathlib.Path) -> set:
    found, seen = set(), {}
    for _, line in prose_lines(path.read_text(encoding="utf-8")):
        heading = re.match(r"^#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading is None:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def check(document: pathlib.Path) -> list:
    problems = []
    text = document.read_text(encoding="utf-8")
    for number, line in prose_lines(text):
        for match in LINK.finditer(line):
            target = match.group(1)
            if SCHEME.match(target):
                continue
            where = f"{document}:{number}: ({target})"
            path_part, _, fragment = target.partition("#")
            path = (document.parent / path_part).resolve() if path_part else document.resolve()
            if not path.exists():
                problems.append(f"{where} names a file that does not exist: {path_part}")
                continue
            if fragment:
                if path.suffix != ".md" or path.is_dir():
                    problems.append(f"{where} has a #fragment into a file that is not a document")
                elif fragment not in anchors(path):
                    problems.append(f"{where}: {path.name} has no heading with the anchor #{fragment}")
    return problems


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    documents = [pathlib.Path(name) for name in sys.argv[1:]]
    if len(documents) == 1 and documents[0].is_dir():
        root = documents[0]
        documents = [root / "README.md", root / "CHANGELOG.md"] + sorted((root / "docs").glob("*.md"))
    problems = [p for document in documents for p in check(document)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        return 1
    print(f"every relative link in {len(documents)} documents leads somewhere")
    return 0


if __name__ == "__main__":
    sys.exit(main())
