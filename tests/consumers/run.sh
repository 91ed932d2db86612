#!/usr/bin/env bash
# Consumer tests, run by CTest. Each builds a tiny program against sipcode the way a user would and
# runs it; the expected output is the same for all.
#   run.sh find_package     SOURCE_DIR WORK_DIR CXX   install sipcode, then find_package(sipcode)
#   run.sh add_subdirectory SOURCE_DIR WORK_DIR CXX   add_subdirectory(sipcode)
#   run.sh plain            SOURCE_DIR WORK_DIR CXX   $CXX -I include, no build system
#   run.sh pkg-config       SOURCE_DIR WORK_DIR CXX   install, then $CXX $(pkg-config --cflags sipcode)
set -euo pipefail
kind=$1 src=$2 work=$3 cxx=$4
here="$src/tests/consumers"
rm -rf "$work"
mkdir -p "$work"

install_sipcode() {
    cmake -S "$src" -B "$work/sipcode-build" -G Ninja -DSIPCODE_BUILD_TESTS=OFF -DSIPCODE_BUILD_EXAMPLES=OFF \
        -DSIPCODE_INSTALL=ON -DCMAKE_INSTALL_PREFIX="$work/prefix" >/dev/null
    cmake --build "$work/sipcode-build" >/dev/null
    cmake --install "$work/sipcode-build" >/dev/null
}

strict="-Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror"

# Configures, builds and runs the CMake consumer project in $1 (extra cache settings follow).
build_cmake_consumer() {
    local project=$1
    shift
    cmake -S "$here/$project" -B "$work/build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS="$strict" \
        "$@" >/dev/null
    cmake --build "$work/build" >/dev/null
    out=$("$work/build/consumer")
}

case "$kind" in
find_package)
    install_sipcode
    build_cmake_consumer find_package -DCMAKE_PREFIX_PATH="$work/prefix"
    expected="SIP/2.0 486 Busy Here (486 Busy Here)"
    ;;
add_subdirectory)
    build_cmake_consumer add_subdirectory -DSIPCODE_SOURCE_DIR="$src"
    expected="486 Busy Here"
    ;;
plain)
    # shellcheck disable=SC2086
    "$cxx" -std=c++17 $strict -I "$src/include" "$here/consumer.cpp" -o "$work/consumer"
    out=$("$work/consumer")
    expected="486 Busy Here"
    ;;
pkg-config)
    install_sipcode
    flags=$(PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" pkg-config --cflags sipcode)
    # shellcheck disable=SC2086
    "$cxx" -std=c++17 $flags $strict "$here/consumer.cpp" -o "$work/consumer"
    out=$("$work/consumer")
    expected="486 Busy Here"
    ;;
*)
    echo "unknown consumer test: $kind" >&2
    exit 2
    ;;
esac

if [ "$out" != "$expected" ]; then
    echo "consumer '$kind' printed '$out', expected '$expected'" >&2
    exit 1
fi
echo "consumer '$kind': $out"
