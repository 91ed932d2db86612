#!/usr/bin/env bash
# Prints how much including <sipcode/sipcode.hpp> costs, against <string_view> + <array> alone.
#
#   bash benchmarks/include_cost.sh [--runs N] [--compilers g++ clang++] [--no-callgrind]
#
# Installs the Debian packages it needs when they are missing and downloads nothing else.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages g++ clang python3 hyperfine valgrind
python3 benchmarks/include_cost.py "$@"
