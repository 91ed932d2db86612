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

    check_readme.py --commands WORK_DIR [PATH_DIR...]
    check_readme.py --list-commands
        Every command README.md and docs/*.md show is run as written, or its document says why not.
        A command is a fenced ```sh block (also bash, shell; in a ```console block, each line after
        "$ "), or inline code whose first word is a program (bash, sh, cmake, ctest, python3,
        sipcode, pkg-config, cc, gcc, g++, clang, clang++) with at least one argument; inline code
        with a placeholder ("...", "<name>", "[optional]") is a synopsis, not a command. Each is:
          - run here: `sh -e -c COMMAND` in WORK_DIR/src, a fresh copy of the files a clone has, with
            the PATH_DIRs (the built sipcode, this build's cmake) first on PATH and stdin empty. It
            must exit 0 within COMMAND_TIMEOUT seconds, and a block followed by a
            `<!-- sipcode ARGS: begin -->` block (see --generated) must print that block;
          - or run by another test: the README's two install blocks (INSTALL_MARKERS), which
            tests/check_install_recipe.py runs; inline code equal to a block is that block;
          - or marked not run, with the reason: for a block, the line right above its opening
            fence is `<!-- not run: REASON -->`; for inline code, a line of its document (anywhere;
            it does not render) is `<!-- not run: `COMMAND`: REASON -->`.
        The documents are globbed, so a new docs/*.md page is checked without a change here.
        --list-commands prints each command with what happens to it, and runs nothing.
"""
import os
import pathlib
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent

# The README's install blocks, which tests/check_install_recipe.py runs (it reads these markers).
RECIPE_MARKER = "<!-- install recipe: checked by the test suite -->"
TOOL_MARKER = "<!-- tool install recipe: checked by the test suite -->"
INSTALL_MARKERS = (RECIPE_MARKER, TOOL_MARKER)

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


class GeneratedBlock:
    """The block of `sipcode ARGS` output in a document: text[start:end] is fence_open, body and
    fence_close (no fence lines when the block is not a fenced code block)."""

    def __init__(self, text: str, args: str, document: str):
        begin_marker = f"<!-- sipcode {args}: begin -->\n"
        end_marker = f"<!-- sipcode {args}: end -->"
        if text.count(begin_marker) != 1 or text.count(end_marker) != 1:
            raise ValueError(f"{document} needs exactly one {begin_marker.strip()} ... {end_marker} block")
        self.start = text.index(begin_marker) + len(begin_marker)
        self.end = text.index(end_marker)
        self.body = text[self.start:self.end]
        self.fence_open = self.fence_close = ""
        if self.body.startswith("```"):
            self.fence_open = self.body[:self.body.index("\n") + 1]
            self.fence_close = "```\n"
            if not self.body.endswith("\n" + self.fence_close):
                raise ValueError(f"the fenced block after {begin_marker.strip()} in {document} is not "
                                 "closed before its end marker")
            self.body = self.body[len(self.fence_open):-len(self.fence_close)]


def check_generated(args: str, readme: str, binary: str, update: bool) -> int:
    path = pathlib.Path(readme)
    text = path.read_text(encoding="utf-8")
    try:
        generated = GeneratedBlock(text, args, readme)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 1
    start, end, block = generated.start, generated.end, generated.body
    fence_open, fence_close = generated.fence_open, generated.fence_close
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


# --- the commands the documents show ---------------------------------------------------------------

SHELL_LANGUAGES = ("sh", "bash", "shell", "console")
PROGRAMS = ("bash", "sh", "cmake", "ctest", "python3", "sipcode", "pkg-config", "cc", "gcc", "g++", "clang",
            "clang++")
PLACEHOLDER = re.compile(r"\.\.\.|<[^<>\s]+>|\[[^\]]*\]")
CODE_SPAN = re.compile(r"(?<!`)`([^`]+)`(?!`)")
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
GENERATED_BEGIN = re.compile(r"^<!-- sipcode (.+): begin -->$")
NOT_RUN = "<!-- not run:"
BLOCK_NOT_RUN = re.compile(r"^<!-- not run: ([^`\s][^`]*?) -->$")
INLINE_NOT_RUN = re.compile(r"^<!-- not run: `([^`]+)`: (\S.*?) -->$")
# A block docs/trace-formats.md marks for docs_trace_formats, which runs it on a capture it writes.
TRACE_FORMATS_BLOCK = re.compile(r"^<!-- trace-formats commands: \S+ -->$")
COMMAND_TIMEOUT = 300  # seconds for one command; the slowest builds the tool in Release


class Command:
    def __init__(self, document: str, line: int, text: str, block: bool):
        self.document, self.line, self.text, self.block = document, line, text, block
        self.action = "run"     # run, synopsis, elsewhere, not run
        self.why = ""
        self.expected = None    # the output a following `<!-- sipcode ARGS: begin -->` block shows

    def where(self) -> str:
        return f"{self.document}:{self.line}"


def documents() -> list:
    return [ROOT / "README.md"] + sorted((ROOT / "docs").glob("*.md"))


def block_command(language: str, body: list) -> str:
    if language == "console":
        body = [line[2:] for line in body if line.startswith("$ ")]
    return "\n".join(body) + "\n"


def shown_commands(path: pathlib.Path, problems: list) -> list:
    """The commands one document shows, each with what happens to it (blocks marked; inline code
    not yet matched against blocks or markers)."""
    name = path.relative_to(ROOT).as_posix()
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    commands, prose = [], []
    number = 0
    while number < len(lines):
        stripped = lines[number].lstrip()
        if not stripped.startswith(("```", "~~~")):
            prose.append(lines[number])
            number += 1
            continue
        fence, language = stripped[:3], (stripped[3:].split() or [""])[0]
        close = number + 1
        while close < len(lines) and not lines[close].lstrip().startswith(fence):
            close += 1
        above = lines[number - 1].strip() if number > 0 else ""
        if language in SHELL_LANGUAGES:
            command = Command(name, number + 1, block_command(language, lines[number + 1:close]), True)
            marker = BLOCK_NOT_RUN.match(above)
            if marker:
                command.action, command.why = "not run", marker.group(1)
            elif above in INSTALL_MARKERS:
                command.action, command.why = "elsewhere", "readme_install_recipe (tests/check_install_recipe.py)"
                if name != "README.md":
                    problems.append(f"{command.where()}: {above} marks a block of README.md only; "
                                    "tests/check_install_recipe.py reads no other document")
            elif TRACE_FORMATS_BLOCK.match(above):
                command.action, command.why = "elsewhere", "docs_trace_formats (tests/cli/check_trace_formats.py)"
            elif above.startswith(NOT_RUN):
                problems.append(f"{name}:{number}: write the marker as <!-- not run: REASON --> (a reason, "
                                f"no backquotes), not {above}")
            after = close + 1
            while after < len(lines) and not lines[after].strip():
                after += 1
            generated = GENERATED_BEGIN.match(lines[after]) if after < len(lines) else None
            if generated and command.text == f"sipcode {generated.group(1)}\n":
                try:
                    command.expected = GeneratedBlock(text, generated.group(1), name).body
                except ValueError as error:
                    problems.append(str(error))
            commands.append(command)
        elif BLOCK_NOT_RUN.match(above):
            problems.append(f"{name}:{number}: the not-run marker stands above a ```{language} block, which "
                            f"is not a command (commands are ```{'/'.join(SHELL_LANGUAGES)} blocks)")
        prose.extend([""] * (min(close, len(lines) - 1) - number + 1))
        number = close + 1

    marked = {}
    for line_number, line in enumerate(lines, 1):
        marker = INLINE_NOT_RUN.match(line.strip())
        if marker:
            marked[" ".join(marker.group(1).split())] = (line_number, marker.group(2))
        elif line.strip().startswith(NOT_RUN) and not BLOCK_NOT_RUN.match(line.strip()):
            problems.append(f"{name}:{line_number}: write the marker as <!-- not run: `COMMAND`: REASON -->, "
                            f"not {line.strip()}")
    prose_text = COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), "\n".join(prose))
    used = set()
    for span in CODE_SPAN.finditer(prose_text):
        words = span.group(1).split()
        if len(words) < 2 or words[0] not in PROGRAMS:
            continue
        command = Command(name, prose_text.count("\n", 0, span.start()) + 1, " ".join(words), False)
        if PLACEHOLDER.search(command.text):
            command.action = "synopsis"
        elif command.text in marked:
            command.action, command.why = "not run", marked[command.text][1]
            used.add(command.text)
        commands.append(command)
    for text_, (line_number, _) in marked.items():
        if text_ not in used:
            problems.append(f"{name}:{line_number}: the not-run marker names `{text_}`, which is not inline "
                            "code of this document (or is a synopsis): remove the marker or correct it")
    return commands


def all_commands(problems: list) -> list:
    commands = [c for path in documents() for c in shown_commands(path, problems)]
    blocks = {c.text.rstrip("\n"): c for c in commands if c.block}
    for command in commands:
        if not command.block and command.action == "run" and command.text in blocks:
            block = blocks[command.text]
            command.action = "elsewhere"
            command.why = f"as the block at {block.where()}, {block.action}"
            if block.why:
                command.why += f": {block.why}"
    return commands


def copy_tree(source: pathlib.Path, destination: pathlib.Path) -> pathlib.Path:
    """A fresh copy of the files a clone of `source` has (git's tracked and untracked-but-not-ignored
    files; without git, the tree minus build/ and .git/) at `destination`."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(source), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True, capture_output=True, timeout=60).stdout.decode("utf-8")
        names = [name for name in listed.split("\0") if name and (source / name).is_file()]
    except (OSError, subprocess.SubprocessError):
        names = [str(path.relative_to(source)) for path in source.rglob("*")
                 if path.is_file() and path.relative_to(source).parts[0] not in ("build", ".git")]
    shutil.rmtree(destination, ignore_errors=True)
    for name in names:
        (destination / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / name, destination / name)
    return destination


def run_shell(command: str, cwd: pathlib.Path, env: dict, timeout: float, merge_output: bool = False):
    """(exit status or None on a timeout, stdout, stderr) of `sh -e -c command`, stdin empty. On a
    timeout the command's whole process group (it is started as its own) is killed."""
    with subprocess.Popen(["sh", "-e", "-c", command], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT if merge_output else subprocess.PIPE,
                          text=True, start_new_session=True) as process:
        try:
            out, err = process.communicate(timeout=timeout)
            return process.returncode, out, err or ""
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            out, err = process.communicate()
            return None, out, err or ""


def how_to_mark(command: Command) -> str:
    if command.block:
        return (f"Correct the command, or, if the test suite cannot run it, put this line right above the "
                f"block's opening fence in {command.document}:\n    <!-- not run: WHY -->\n")
    return (f"Correct the command, or, if the test suite cannot run it, add this line to "
            f"{command.document} (after the paragraph; it does not render):\n"
            f"    <!-- not run: `{command.text}`: WHY -->\n")


def run_command(command: Command, tree: pathlib.Path, env: dict) -> str:
    """A problem, or "" when the command did what the document says."""
    started = time.monotonic()
    status, out, err = run_shell(command.text, tree, env, COMMAND_TIMEOUT)
    shown = command.text.rstrip("\n").replace("\n", "\n    ")
    print(f"{command.where()}: {time.monotonic() - started:.1f} s, exit {status}: {shown}", flush=True)
    context = "(run with `sh -e -c` in a fresh copy of the tree, the built sipcode first on PATH)"
    if status is None:
        return (f"{command.where()}: `{shown}` did not finish within {COMMAND_TIMEOUT} s {context}.\n"
                + how_to_mark(command).replace("Correct the command, or, if", "If"))
    if status != 0:
        tail = "\n".join((out + err).splitlines()[-30:])
        return f"{command.where()}: `{shown}` exited {status} {context}:\n{tail}\n{how_to_mark(command)}"
    if command.expected is not None and out != command.expected:
        args = command.text.strip()[len("sipcode "):]
        return (f"{command.where()}: `{shown}` printed other than the block after it shows (python3 "
                f"tools/check_readme.py --generated \"{args}\" {command.document} path/to/sipcode --update "
                f"rewrites it):\nthe document shows:\n{command.expected}\nthe command printed:\n{out}")
    return ""


def list_commands() -> int:
    problems = []
    for command in all_commands(problems):
        what = command.action + (f": {command.why}" if command.why else "")
        if command.expected is not None:
            what += ", output compared"
        print(f"{command.where()}\t{'block' if command.block else 'inline'}\t{what}\t"
              + command.text.rstrip("\n").replace("\n", " \\n "))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def check_commands(work: pathlib.Path, path_dirs: list) -> int:
    problems = []
    commands = all_commands(problems)
    to_run = {}
    for command in commands:
        if command.action == "run":
            to_run.setdefault((command.text, command.expected), command)
    counts = {action: sum(c.action == action for c in commands)
              for action in ("run", "elsewhere", "not run", "synopsis")}
    print(f"{len(documents())} documents show {len(commands)} commands: {counts['run']} run here "
          f"({len(to_run)} distinct), {counts['elsewhere']} run by another test or block, {counts['not run']} "
          f"marked not run, {counts['synopsis']} synopses", flush=True)
    if to_run:
        tree = copy_tree(ROOT, work / "src")
        env = dict(os.environ)
        env["PATH"] = os.pathsep.join([str(pathlib.Path(d).resolve()) for d in path_dirs]
                                      + [env.get("PATH", "")])
        for command in to_run.values():
            problem = run_command(command, tree, env)
            if problem:
                problems.append(problem)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


def main() -> int:
    if len(sys.argv) >= 3 and sys.argv[1] == "--commands":
        return check_commands(pathlib.Path(sys.argv[2]), sys.argv[3:])
    if sys.argv[1:] == ["--list-commands"]:
        return list_commands()
    if len(sys.argv) >= 4 and sys.argv[1] == "--verbatim":
        return check_verbatim(sys.argv[2], sys.argv[3:])
    if len(sys.argv) >= 5 and sys.argv[1] == "--generated":
        return check_generated(sys.argv[2], sys.argv[3], sys.argv[4], "--update" in sys.argv[5:])
    return check_example(*sys.argv[1:4])


if __name__ == "__main__":
    sys.exit(main())
