#!/usr/bin/env bash
# Builds calls_test.cpp against calls/calls.go (gopp build -buildmode=c++)
# and runs it: 8 C++ threads x 10,000 calls into Go, every result checked.
#
#   bash tests/embed/run_calls.sh GOPP INCLUDE STDLIB LIBDIR MODE
#
# GOPP is the compiler, INCLUDE the runtime's include directory, STDLIB
# the standard packages' headers, LIBDIR the libraries (LIBDIR/race for
# tsan). MODE: plain (the build gopp users get), asan (the test and the
# package compiled with -fsanitize=address; the runtime tells ASan about
# its stack switches), or tsan (with ThreadSanitizer against gopp's race
# runtime, as gopp build -race compiles: every call's arguments and
# results must be ordered by the runtime's happens-before edges, and any
# report fails the run).
set -euo pipefail
gopp=$1 include=$2 stdlib=$3 libdir=$4 mode=$5
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cxx=${CXX:-g++}
flags=(-std=c++20 -O1 -g -fno-strict-aliasing -Wall -Wextra -Werror)
gflags=()
case $mode in
plain) ;;
asan) flags+=(-fsanitize=address -fno-omit-frame-pointer) ;;
tsan)
  command -v clang++ >/dev/null && cxx=clang++
  flags+=(-fsanitize=thread -DGOPP_RACE=1)
  gflags+=(-race)
  libdir=$libdir/race ;;
*) echo "run_calls.sh: unknown mode $mode" >&2; exit 2 ;;
esac

"$gopp" build -buildmode=c++ "${gflags[@]}" -o "$work/calls" "$here/calls/calls.go"
"$cxx" "${flags[@]}" -I"$include" -I"$stdlib" -I"$work/calls" "$here/calls_test.cpp" "$work/calls/calls.cpp" \
  -o "$work/calls_test" -Wl,--start-group "$libdir"/libgopp_std_*.a "$libdir/libgopp_rt.a" -Wl,--end-group -lgc -lpthread

# halt_on_error: the first sanitizer report fails the run.
ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 TSAN_OPTIONS=halt_on_error=1 "$work/calls_test"
