#!/usr/bin/env python3
"""Runs the README's install commands, as written, in a fresh copy of the source tree.

Usage: check_install_recipe.py SOURCE_DIR WORK_DIR CMAKE

The README marks two fenced sh blocks with HTML comments (RECIPE_MARKER and TOOL_MARKER of
tools/check_readme.py, whose --commands check counts these blocks as run here):
    <!-- install recipe: checked by the test suite -->       headers and package files, no build
    <!-- tool install recipe: checked by the test suite -->  then the command-line tool
Both use the relative directories build/ and stage/, so they run in WORK_DIR/src, a copy of the
files a clone would have (git's tracked and untracked-but-not-ignored files; without git, the tree
minus build/). CMAKE's directory comes first on PATH, so `cmake` is the one that configured this
build. After the first block the headers and package files are staged, no bin/sipcode is, and
`pkg-config --cflags sipcode` points at stage/include; after the second the tool runs.
"""
import os
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tools"))
from check_readme import RECIPE_MARKER, TOOL_MARKER, copy_tree, run_shell  # noqa: E402

TIMEOUT = 240  # seconds per block; the tool block builds the tool


def fail(message: str) -> None:
    print(message, file=sys.stderr)
    sys.exit(1)


def sh_block_after(text: str, marker: str) -> str:
    """The body of the ```sh block that follows the line holding `marker`."""
    if text.count(marker) != 1:
        fail(f"README needs exactly one {marker}")
    start = text.index(marker) + len(marker)
    if not text[start:].startswith("\n```sh\n"):
        fail(f"{marker} must be followed, on the next line, by a ```sh block")
    body = start + len("\n```sh\n")
    return text[body:text.index("\n```", body) + 1]


def run_block(block: str, cwd: pathlib.Path, env: dict) -> None:
    print(f"$ {block}", end="", flush=True)
    status, output, _ = run_shell(block, cwd, env, TIMEOUT, merge_output=True)
    if status != 0:
        ended = f"exited with {status}" if status is not None else f"did not finish within {TIMEOUT} s"
        fail(f"{output}the README's commands above {ended}")


def same_dir(a: str, b: pathlib.Path) -> bool:
    return os.path.isdir(a) and os.path.samefile(a, b)


def main() -> int:
    src, work, cmake = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
    text = (src / "README.md").read_text(encoding="utf-8")
    recipe, tool_recipe = sh_block_after(text, RECIPE_MARKER), sh_block_after(text, TOOL_MARKER)

    tree = copy_tree(src, work / "src")
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(cmake) + os.pathsep + env.get("PATH", "")
    stage = tree / "stage"

    run_block(recipe, tree, env)
    headers = sorted(p.relative_to(src / "include") for p in (src / "include").rglob("*.hpp"))
    missing = [str(h) for h in headers if not (stage / "include" / h).is_file()]
    if missing:
        fail(f"the recipe did not stage these headers under {stage}/include: {missing}")
    for package_file in ("share/cmake/sipcode/sipcodeConfig.cmake", "share/pkgconfig/sipcode.pc"):
        if not (stage / package_file).is_file():
            fail(f"the recipe did not stage {package_file}")
    if (stage / "bin").exists():
        fail("the recipe builds nothing, yet it staged a bin/ directory")
    pc_env = dict(env, PKG_CONFIG_PATH=str(stage / "share/pkgconfig"))
    cflags = subprocess.run(["pkg-config", "--cflags", "sipcode"], env=pc_env, check=True, timeout=60,
                            capture_output=True, text=True).stdout.split()
    if cflags != [f"-I{stage}/include"] or not same_dir(cflags[0][2:], stage / "include"):
        fail(f"pkg-config --cflags sipcode printed {cflags}, not -I{stage}/include")
    print(f"staged: {len(headers)} headers, the CMake package, sipcode.pc ({cflags[0]}), no tool")

    # Asking for the tool's component before building the tool is an error that says what to run.
    refused = subprocess.run([cmake, "--install", "build", "--prefix", "stage", "--component", "cli"],
                             cwd=tree, env=env, timeout=TIMEOUT, capture_output=True, text=True)
    if refused.returncode == 0 or "--target sipcode_cli" not in " ".join(refused.stderr.split()):
        fail("installing the cli component before building the tool must fail and name the build "
             f"command; it exited {refused.returncode}:\n{refused.stderr}")

    run_block(tool_recipe, tree, env)
    explained = subprocess.run([str(stage / "bin/sipcode"), "explain", "486"], timeout=60,
                               capture_output=True, text=True)
    if explained.returncode != 0 or not explained.stdout.startswith("486 Busy Here\n"):
        fail(f"the staged tool failed: {explained.returncode}\n{explained.stdout}{explained.stderr}")
    print("staged: bin/sipcode, and it runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
