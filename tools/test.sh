#!/usr/bin/env bash
# Builds and runs the whole test suite: the generated registry is current, and every test passes
# with g++ and clang at C++17 and C++20, warnings as errors. Then the benchmarks are built (Release)
# and every benchmark path is checked against sipcode on the corpus, with a very short timing pass.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/packages.sh
ensure_packages cmake ninja-build g++ clang python3 doctest-dev

python3 tools/generate_registry.py --check

for compiler in g++ clang++; do
    for std in 17 20; do
        dir="build/test-${compiler}-c++${std}"
        echo "== ${compiler} C++${std}"
        cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
            -DCMAKE_CXX_COMPILER="$compiler" -DCMAKE_CXX_STANDARD="$std" -DCMAKE_CXX_STANDARD_REQUIRED=ON \
            -DCMAKE_CXX_EXTENSIONS=OFF >/dev/null
        cmake --build "$dir"
        ctest --test-dir "$dir" --output-on-failure
    done
done
echo "== benchmarks: correctness of every path on the corpus, and a smoke pass"
ensure_packages pkg-config libbenchmark-dev libsofia-sip-ua-dev libosip2-dev libbellesip-dev libre-dev
dir=build/test-benchmarks
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSIPCODE_BUILD_BENCHMARKS=ON \
    -DSIPCODE_BUILD_TESTS=OFF -DSIPCODE_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$dir" -j 2
ctest --test-dir "$dir" --output-on-failure
echo "all tests passed"
