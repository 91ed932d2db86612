#!/usr/bin/env bash
# Builds and runs the whole test suite: the generated registry is current, and every test passes
# with g++ and clang at C++17 and C++20, warnings as errors.
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
echo "all tests passed"
