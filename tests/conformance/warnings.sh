#!/usr/bin/env bash
# The C++ gopp emits compiles without warnings under -Wall -Wextra, with
# both g++ and clang++ (issue 4's requirement): every conformance program
# that gopp builds is emitted with -work and recompiled with -Werror.
#
#   bash tests/conformance/warnings.sh GOPP [FILE.go...]
set -u
gopp=$(realpath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
files=("$@")
[ ${#files[@]} = 0 ] && files=("$here"/*/*.go)
known="$here/known_failures.txt"
checked=0 failed=0
for src in "${files[@]}"; do
	rel=${src#"$here"/}
	grep -q "^${rel%.go}:" "$known" 2>/dev/null && continue
	work=$("$gopp" build -work -o /dev/null/x "$src" 2>&1 >/dev/null | sed -n 's/^WORK=//p' | head -1)
	if [ -z "$work" ] || [ ! -f "$work/main.cpp" ]; then
		echo "FAIL $rel: no emitted C++"
		failed=$((failed + 1))
		continue
	fi
	for cxx in g++ clang++; do
		if ! out=$($cxx -std=c++20 -fsyntax-only -Wall -Wextra -Werror -I"$root/runtime/include" -I"$root/stdlib" \
			"$work/main.cpp" 2>&1); then
			echo "FAIL $rel ($cxx):"
			echo "$out" | grep -E "error|warning" | head -5
			failed=$((failed + 1))
		fi
	done
	rm -rf "$work"
	checked=$((checked + 1))
done
echo "$checked programs checked with g++ and clang++, $failed failures"
[ $failed = 0 ]
