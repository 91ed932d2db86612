#!/usr/bin/env bash
# Builds the example program (CMake preset "examples") and runs it on the sample status lines.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++
cmake --preset examples >/dev/null
cmake --build --preset examples --target sipcode_explain_lines >/dev/null
./build/examples/examples/sipcode_explain_lines < examples/status-lines.txt
