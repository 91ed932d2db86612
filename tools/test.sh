#!/usr/bin/env bash
# Builds and runs the whole test suite: every CMake workflow preset of the CI matrix (g++ and clang,
# C++17 and C++20, clang 16 with libc++ for std::format; warnings as errors) and the sanitizer preset
# (ASan + UBSan, no recovery). Then the benchmarks are built (Release) and every benchmark path is
# checked against sipcode on the corpus, with a very short timing pass.
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
echo "== benchmarks: correctness of every path on the corpus, and a smoke pass"
ensure_packages pkg-config libbenchmark-dev libsofia-sip-ua-dev libosip2-dev libbellesip-dev libre-dev
dir=build/test-benchmarks
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIPCODE_BUILD_BENCHMARKS=ON \
    -DSIPCODE_BUILD_TESTS=OFF -DSIPCODE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$dir" -j 2
ctest --test-dir "$dir" --output-on-failure
echo "all tests passed"
