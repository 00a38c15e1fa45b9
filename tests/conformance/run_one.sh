#!/usr/bin/env bash
# Builds one conformance program with gopp, runs it, and compares it with
# the expectations beside it (README.md): stdout with NAME.out, the exit
# status with NAME.status (absent: 0), and, for a failing run, the leading
# stderr with NAME.err (cut before the first traceback, lines
# with addresses and trailing blank lines dropped, as oracle.sh cuts Go's).
#
#   bash tests/conformance/run_one.sh GOPP FILE.go
#
# Exit 0 when everything agrees; 1 with the differences printed otherwise.
set -u
gopp=$1
src=$2
base=${src%.go}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! "$gopp" build -o "$work/prog" "$src" 2>"$work/build.err"; then
	echo "FAIL $src: gopp build failed:"
	cat "$work/build.err"
	exit 1
fi
(cd "$work" && timeout 60 ./prog </dev/null >"$work/stdout" 2>"$work/stderr")
status=$?
want_status=0
[ -f "$base.status" ] && want_status=$(cat "$base.status")
ok=1
if ! cmp -s "$work/stdout" "$base.out"; then
	echo "FAIL $src: stdout differs (- want, + got):"
	diff "$base.out" "$work/stdout" | head -20
	ok=0
fi
if [ "$status" != "$want_status" ]; then
	echo "FAIL $src: exit status $status, want $want_status"
	ok=0
fi
if [ "$want_status" != 0 ] && [ -f "$base.err" ]; then
	awk '/^(goroutine |runtime stack:)/{exit} /0x[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]/{next} {print}' "$work/stderr" | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' >"$work/stderr.cut"
	if ! cmp -s "$work/stderr.cut" "$base.err"; then
		echo "FAIL $src: stderr differs (- want, + got):"
		diff "$base.err" "$work/stderr.cut" | head -20
		ok=0
	fi
fi
[ $ok = 1 ] && exit 0
exit 1
