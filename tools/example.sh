#!/usr/bin/env bash
# Builds the example program and runs it on the sample status lines.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++
cmake -S . -B build/example -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIPCODE_BUILD_TESTS=OFF >/dev/null
cmake --build build/example --target sipcode_explain_lines >/dev/null
./build/example/examples/sipcode_explain_lines < examples/status-lines.txt
