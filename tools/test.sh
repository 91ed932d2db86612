#!/usr/bin/env bash
# Builds and runs the whole test suite: every CMake workflow preset of the CI matrix (g++ and clang,
# C++17 and C++20, clang 16 with libc++ for std::format; warnings as errors) and the sanitizer preset
# (ASan + UBSan, no recovery).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ clang python3 doctest-dev libfmt-dev pkg-config \
    clang-16 libc++-16-dev libc++abi-16-dev

python3 tools/generate_registry.py --check

for preset in ci-gcc-cxx17 ci-gcc-cxx20 ci-clang-cxx17 ci-clang-cxx20 ci-libcxx-cxx20 sanitize; do
    echo "== ${preset}"
    cmake --workflow --preset "$preset"
done
echo "all tests passed"
