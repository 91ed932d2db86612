#!/usr/bin/env python3
"""Runs the sofia-sip example against SIPp and compares what it prints with the committed output.

    run_example.py <sipcode_sofia_uac> <uas.xml> <expected-output.txt> <work directory>

SIPp runs as the UAS of uas.xml on 127.0.0.1 and a port free a moment before; the example calls it
there. Loopback only; SIPp stops by itself after the 9 calls or 20 s, is stopped by its PID on every
exit path of this script, and is killed by the kernel if this script dies (PR_SET_PDEATHSIG). The
example gets 25 s. Exit 77 (CTest: skipped) when sipp is not installed, unless SIPCODE_REQUIRE_SIPP=1,
as in CI, makes that a failure. SIPP=<path> picks the binary.
"""
import ctypes
import difflib
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import time

SKIP = 77
CALLS = 9  # the calls the example places, one SIPp call each (uas.xml)


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_taken(port: int) -> bool:
    """True once a UDP socket is bound to 127.0.0.1:port (read from /proc, so no bind races SIPp's)."""
    wanted = f"0100007F:{port:04X}"
    with open("/proc/net/udp", encoding="ascii") as table:
        return any(line.split()[1] == wanted for line in list(table)[1:])


def die_with_parent() -> None:
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def stop(proc: subprocess.Popen) -> None:
    """Stops the process by its PID: SIGTERM, then SIGKILL after a second."""
    if proc.poll() is not None:
        return
    os.kill(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=1)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()


def tail(path: pathlib.Path, lines: int = 15) -> str:
    if not path.exists():
        return "  (no output)"
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    return "\n".join("  | " + line for line in text)


def main() -> int:
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        return 2
    example, scenario, expected_file, work = (str(pathlib.Path(a).resolve()) for a in sys.argv[1:5])
    sipp = os.environ.get("SIPP") or shutil.which("sipp")
    if not sipp:
        if os.environ.get("SIPCODE_REQUIRE_SIPP") == "1":
            print("FAIL: sipp not found in PATH, and SIPCODE_REQUIRE_SIPP=1")
            return 1
        print("SKIPPED: sipp not found in PATH; install SIPp (Debian package sip-tester) to run this test")
        return SKIP
    work_dir = pathlib.Path(work)
    work_dir.mkdir(parents=True, exist_ok=True)
    screen = work_dir / "sipp_screen.log"
    expected = pathlib.Path(expected_file).read_text(encoding="utf-8")

    for attempt in range(1, 4):
        port = free_udp_port()  # free right now; SIPp binds it a moment later
        with open(screen, "wb") as log:
            uas = subprocess.Popen(
                [sipp, "-sf", scenario, "-i", "127.0.0.1", "-p", str(port), "-m", str(CALLS), "-nostdin",
                 "-timeout", "20s", "-timeout_error",
                 "-trace_err", "-error_file", str(work_dir / "sipp_errors.log"),
                 "-trace_msg", "-message_file", str(work_dir / "sipp_messages.log")],
                cwd=work_dir, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                preexec_fn=die_with_parent)
        try:
            # The example's first INVITE must find SIPp listening: an ICMP "port unreachable" would
            # come back as a 503 the stack makes up.
            deadline = time.monotonic() + 5
            while uas.poll() is None and not port_taken(port) and time.monotonic() < deadline:
                time.sleep(0.02)
            if uas.poll() is not None:
                print(f"SIPp exited before listening (attempt {attempt}):\n{tail(screen)}")
                continue
            if not port_taken(port):
                print(f"FAIL: SIPp is not listening on 127.0.0.1:{port} after 5 s:\n{tail(screen)}")
                return 1
            try:
                run = subprocess.run([example, f"127.0.0.1:{port}"], stdin=subprocess.DEVNULL,
                                     capture_output=True, timeout=25)
            except subprocess.TimeoutExpired:
                print("FAIL: the example did not finish in 25 s")
                return 1
            printed = run.stdout.decode("utf-8", errors="replace")
            try:
                sipp_status = uas.wait(timeout=5)
            except subprocess.TimeoutExpired:
                sipp_status = None
            ok = True
            if run.returncode != 0:
                print(f"FAIL: the example exited with {run.returncode}; its errors:\n"
                      + run.stderr.decode("utf-8", errors="replace"))
                ok = False
            if sipp_status != 0:
                print(f"FAIL: SIPp exit status {sipp_status} (0: all {CALLS} calls as scripted); "
                      f"the end of {screen}:\n{tail(screen)}")
                ok = False
            if printed != expected:
                print(f"FAIL: the output differs from {expected_file}:")
                sys.stdout.writelines(difflib.unified_diff(
                    expected.splitlines(keepends=True), printed.splitlines(keepends=True),
                    "expected", "printed"))
                ok = False
            if ok:
                sys.stdout.write(printed)
                print(f"the example's output matches {expected_file}; SIPp answered all {CALLS} calls")
            return 0 if ok else 1
        finally:
            stop(uas)
    print("FAIL: SIPp did not start in 3 attempts")
    return 1


if __name__ == "__main__":
    sys.exit(main())
