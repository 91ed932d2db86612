#!/usr/bin/env python3
"""Tests tools/check_readme.py --commands on a made-up source tree: what it runs, what it accepts as
marked, and that each way of breaking the rule fails with a message that says what to do.

Usage: check_doc_commands_test.py
"""
import contextlib
import io
import pathlib
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tools"))
import check_readme  # noqa: E402

README = """# made up

```sh
touch ran-readme-block
```

<!-- install recipe: checked by the test suite -->
```sh
exit 9
```

`sipcode explain 486` says so; `bash tools/run.sh [seconds]` is a synopsis; `sipcode` is a name.
"""

# docs/new.md: a page the checker has never heard of.
NEW_PAGE = """# New page

```sh
sipcode explain 486
```

<!-- sipcode explain 486: begin -->
```text
486 Busy Here
```
<!-- sipcode explain 486: end -->

```sh
exit 3
```

<!-- not run: it takes hours -->
```sh
exit 5
```

```console
$ touch ran-console-line
output line, not a command
```

Inline: `sh -c "exit 4"`, `sh -c 'touch ran-inline'` and `bash never.sh --now`.

<!-- not run: `bash never.sh --now`: it needs a telephone -->
<!-- not run: `bash gone.sh --soon`: the text that named it was deleted -->
<!-- not run: -->

```sh
sleep 60
```

<!-- not run: a block marker above a cpp block -->
```cpp
int main() {}
```
"""

FAKE_SIPCODE = "#!/bin/sh\necho \"486 Busy Where\"\n"


def main() -> int:
    failures = []
    with tempfile.TemporaryDirectory() as scratch:
        root = pathlib.Path(scratch) / "tree"
        (root / "docs").mkdir(parents=True)
        (root / "README.md").write_text(README, encoding="utf-8")
        (root / "docs" / "new.md").write_text(NEW_PAGE, encoding="utf-8")
        bin_dir = pathlib.Path(scratch) / "bin"
        bin_dir.mkdir()
        (bin_dir / "sipcode").write_text(FAKE_SIPCODE, encoding="utf-8")
        (bin_dir / "sipcode").chmod(0o755)
        check_readme.ROOT = root

        problems = []
        listed = {(c.document, c.text.rstrip("\n")): c for c in check_readme.all_commands(problems)}
        expected_actions = {
            ("README.md", "touch ran-readme-block"): "run",
            ("README.md", "exit 9"): "elsewhere",
            ("README.md", "sipcode explain 486"): "elsewhere",
            ("README.md", "bash tools/run.sh [seconds]"): "synopsis",
            ("docs/new.md", "sipcode explain 486"): "run",
            ("docs/new.md", "exit 3"): "run",
            ("docs/new.md", "exit 5"): "not run",
            ("docs/new.md", "touch ran-console-line"): "run",
            ("docs/new.md", 'sh -c "exit 4"'): "run",
            ("docs/new.md", "sh -c 'touch ran-inline'"): "run",
            ("docs/new.md", "bash never.sh --now"): "not run",
            ("docs/new.md", "sleep 60"): "run",
        }
        for key, action in expected_actions.items():
            if key not in listed:
                failures.append(f"{key} is not listed as a command")
            elif listed[key].action != action:
                failures.append(f"{key} is {listed[key].action}, expected {action}")
        if ("README.md", "sipcode") in listed:
            failures.append("a program's bare name is taken for a command")

        stderr = io.StringIO()
        check_readme.COMMAND_TIMEOUT = 2
        started = time.monotonic()
        with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
            status = check_readme.check_commands(pathlib.Path(scratch) / "work", [str(bin_dir)])
        if time.monotonic() - started > 20:
            failures.append(f"the check took {time.monotonic() - started:.0f} s: the timeout did not stop `sleep 60`")
        report = stderr.getvalue()
        copy = pathlib.Path(scratch) / "work" / "src"
        if status != 1:
            failures.append(f"the check exited {status}, expected 1")
        for ran in ("ran-readme-block", "ran-console-line", "ran-inline"):
            if not (copy / ran).is_file():
                failures.append(f"the command that writes {ran} did not run in the copy of the tree")
        if (root / "ran-readme-block").exists():
            failures.append("a command ran in the source tree, not in its copy")
        for message in (
                "docs/new.md:13: `exit 3` exited 3",
                "put this line right above the block's opening fence in docs/new.md:\n    <!-- not run: WHY -->",
                "docs/new.md:27: `sh -c \"exit 4\"` exited 4",
                "add this line to docs/new.md (after the paragraph; it does not render):\n"
                "    <!-- not run: `sh -c \"exit 4\"`: WHY -->",
                "docs/new.md:30: the not-run marker names `bash gone.sh --soon`",
                "docs/new.md:31: write the marker as",
                "the not-run marker stands above a ```cpp block",
                "`sipcode explain 486` printed other than the block after it shows",
                "486 Busy Where",
                "docs/new.md:33: `sleep 60` did not finish within 2 s",
                "If the test suite cannot run it, put this line right above"):
            if message not in report:
                failures.append(f"the report lacks {message!r}")
        for quiet in ("exit 5", "exit 9", "never.sh", "touch ran"):
            if quiet in report:
                failures.append(f"the report names {quiet!r}, which is marked, run elsewhere or passed")

    for failure in failures:
        print(failure, file=sys.stderr)
    if failures:
        print("the report was:\n" + report, file=sys.stderr)
        return 1
    print(f"the commands check ran, accepted and refused what it should ({len(expected_actions)} commands)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
