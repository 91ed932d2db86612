#!/usr/bin/env bash
# Consumer tests, run by CTest. Each builds a tiny program against sipcode the way a user would and
# runs it; the expected output is the same for all.
#   run.sh install          SOURCE_DIR WORK_DIR CXX         configure sipcode with one prefix and,
#                                                           without building, install it with
#                                                           another: the relocated install
#   run.sh find_package     SOURCE_DIR WORK_DIR CXX PREFIX  find_package(sipcode) in that install
#   run.sh pkg-config       SOURCE_DIR WORK_DIR CXX PREFIX  $CXX $(pkg-config --cflags sipcode) there
#   run.sh add_subdirectory SOURCE_DIR WORK_DIR CXX         add_subdirectory(sipcode)
#   run.sh fetchcontent     SOURCE_DIR WORK_DIR CXX         FetchContent with SOURCE_DIR, no download
#   run.sh plain            SOURCE_DIR WORK_DIR CXX         $CXX -I include, no build system
#   run.sh c                SOURCE_DIR WORK_DIR CXX         examples/c with gcc -std=c99 and clang -std=c11
#   run.sh c_find_package   SOURCE_DIR WORK_DIR CXX PREFIX  examples/c in a C-only CMake project through
#                                                           find_package(sipcode) and sipcode::c, and
#                                                           with cc $(pkg-config --cflags sipcode)
set -euo pipefail
kind=$1 src=$2 work=$3 cxx=$4 prefix=${5:-}
here="$src/tests/consumers"
rm -rf "$work"
mkdir -p "$work"

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

# The directory a path names, with symbolic links and ../ resolved.
resolved() { (cd "$1" && pwd -P); }

case "$kind" in
install)
    # CMAKE_INSTALL_PREFIX names a directory that never exists; the install goes to $work/prefix.
    cmake -S "$src" -B "$work/sipcode-build" -G Ninja -DSIPCODE_BUILD_TESTS=OFF -DSIPCODE_BUILD_EXAMPLES=OFF \
        -DSIPCODE_INSTALL=ON -DCMAKE_INSTALL_PREFIX="$work/configure-time-prefix" >/dev/null
    cmake --install "$work/sipcode-build" --prefix "$work/prefix" >/dev/null
    test -f "$work/prefix/include/sipcode/sipcode.hpp"
    test -f "$work/prefix/include/sipcode.h"
    test -f "$work/prefix/share/cmake/sipcode/sipcodeConfig.cmake"
    test -f "$work/prefix/share/pkgconfig/sipcode.pc"
    # Not built, so not installed (and no empty bin/ left behind).
    test ! -e "$work/prefix/bin"
    # Nothing installed names the configure-time prefix. Only sipcode.pc names a path, the prefix of
    # this install (written at install time); the CMake package finds itself where it lies.
    if grep -rlF "$work/configure-time-prefix" "$work/prefix"; then
        echo "the files above name the configure-time prefix, not the install's" >&2
        exit 1
    fi
    if grep -rlF "$work" "$work/prefix" | grep -v '/share/pkgconfig/sipcode\.pc$'; then
        echo "the files above name an absolute path; the install is not relocatable" >&2
        exit 1
    fi
    grep -qxF "prefix=$work/prefix" "$work/prefix/share/pkgconfig/sipcode.pc"
    echo "consumer 'install': install in $work/prefix"
    exit 0
    ;;
find_package)
    build_cmake_consumer find_package -DCMAKE_PREFIX_PATH="$prefix" -DSIPCODE_EXPECTED_PREFIX="$prefix"
    expected="SIP/2.0 486 Busy Here (486 Busy Here)"
    ;;
pkg-config)
    flags=$(PKG_CONFIG_PATH="$prefix/share/pkgconfig" pkg-config --cflags sipcode)
    flags=${flags% }
    include_dir=${flags#-I}
    if [ "$flags" != "-I$prefix/include" ] || [ "$(resolved "$include_dir")" != "$(resolved "$prefix/include")" ]; then
        echo "pkg-config --cflags sipcode printed '$flags', not -I for $prefix/include" >&2
        exit 1
    fi
    # shellcheck disable=SC2086
    "$cxx" -std=c++17 $flags $strict "$here/consumer.cpp" -o "$work/consumer"
    out=$("$work/consumer")
    expected="486 Busy Here"
    ;;
add_subdirectory | fetchcontent)
    build_cmake_consumer "$kind" -DSIPCODE_SOURCE_DIR="$src"
    expected="486 Busy Here"
    ;;
plain)
    # shellcheck disable=SC2086
    "$cxx" -std=c++17 $strict -I "$src/include" "$here/consumer.cpp" -o "$work/consumer"
    out=$("$work/consumer")
    expected="486 Busy Here"
    ;;
c)
    # The C example, as C99 with gcc and as C11 with clang, with every warning an error; both print
    # the output committed next to it.
    for compiler in "gcc -std=c99" "clang -std=c11"; do
        # shellcheck disable=SC2086
        $compiler $strict -I "$src/include" "$src/examples/c/what_now.c" -o "$work/consumer"
        "$work/consumer" >"$work/out.txt"
        if ! diff -u "$src/examples/c/what_now.expected" "$work/out.txt"; then
            echo "consumer 'c' ($compiler): the output differs from examples/c/what_now.expected" >&2
            exit 1
        fi
    done
    out=$(head -n 1 "$work/out.txt")
    expected=$(head -n 1 "$src/examples/c/what_now.expected")
    ;;
c_find_package)
    cmake -S "$here/c_find_package" -B "$work/build" -G Ninja -DCMAKE_C_FLAGS="$strict" \
        -DCMAKE_PREFIX_PATH="$prefix" -DSIPCODE_EXAMPLE="$src/examples/c/what_now.c" >/dev/null
    cmake --build "$work/build" >/dev/null
    "$work/build/consumer" | diff -u "$src/examples/c/what_now.expected" -
    test -f "$prefix/include/sipcode.h"
    flags=$(PKG_CONFIG_PATH="$prefix/share/pkgconfig" pkg-config --cflags sipcode)
    # shellcheck disable=SC2086
    cc -std=c99 $flags $strict "$src/examples/c/what_now.c" -o "$work/consumer"
    out=$("$work/consumer" | head -n 1)
    expected=$(head -n 1 "$src/examples/c/what_now.expected")
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
