#!/usr/bin/env bash
# Golden test of gopp's diagnostics.
#
# Usage: run_golden.sh GOPP_BINARY [--update]
#
# Every X.go in this directory is malformed Go. The script runs
# `GOPP_BINARY check X.go` from this directory (so messages read
# `X.go:L:C: msg`) and compares its stderr, byte for byte, with X.golden.
# It also checks that
#   - gopp exits with status 2 (it rejected the file, as go build does,
#     and did not crash);
#   - the first diagnostic is on the line that X.go's first line names,
#     `// go: rejects at line N`: the line where Go 1.19 (gc) rejects the
#     file, recorded when the case was written.
# Files named in KNOWN_WRONG (one `X.go: reason` per line; # comments)
# are skipped: gopp's output for them is known to be wrong, and a golden of
# wrong output would only pin the bug.
#
# With --update, each X.golden is (re)written from gopp's output instead of
# compared; known-wrong files still get no golden. Read every updated golden
# before committing it.
#
# Prints "N passed, M failed" at the end; exits 1 if anything failed, 2 on
# a usage error.
set -uo pipefail
export LC_ALL=C

usage() {
	echo "usage: $0 GOPP_BINARY [--update]" >&2
	exit 2
}
[ $# -ge 1 ] && [ $# -le 2 ] || usage
update=0
if [ $# -eq 2 ]; then
	[ "$2" = "--update" ] || usage
	update=1
fi
gopp=$(command -v -- "$1") || { echo "run_golden.sh: gopp not found: $1" >&2; exit 2; }
case $gopp in /*) ;; *) gopp=$PWD/$gopp ;; esac

here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)
cd "$here" || exit 2

known=()
if [ -f KNOWN_WRONG ]; then
	while IFS= read -r line; do
		line=${line%%#*}
		name=${line%%:*}
		name=${name//[[:space:]]/}
		[ -n "$name" ] && known+=("$name")
	done < KNOWN_WRONG
fi
is_known() {
	local k
	for k in "${known[@]}"; do [ "$k" = "$1" ] && return 0; done
	return 1
}

tmp=$(mktemp "${TMPDIR:-/tmp}/gopp_golden.XXXXXX") || exit 2
trap 'rm -f -- "$tmp"' EXIT

passed=0 failed=0 skipped=0
for src in *.go; do
	[ -e "$src" ] || continue
	name=${src%.go}
	if is_known "$src"; then
		skipped=$((skipped + 1))
		continue
	fi
	"$gopp" check "$src" 2>"$tmp" >/dev/null
	status=$?
	problems=()
	if [ "$status" -ne 2 ]; then
		problems+=("exit status $status, want 2")
	fi
	want_line=$(head -1 "$src" | sed -n 's|^// go: rejects at line \([0-9][0-9]*\)$|\1|p')
	got_line=$(head -1 "$tmp" | sed -n "s|^$name\\.go:\\([0-9][0-9]*\\):.*|\\1|p")
	if [ -z "$want_line" ]; then
		problems+=("first line is not '// go: rejects at line N'")
	elif [ "$got_line" != "$want_line" ]; then
		problems+=("first error on line ${got_line:-?}, Go rejects line $want_line")
	fi
	if [ "$update" -eq 1 ]; then
		cp -- "$tmp" "$name.golden"
	elif [ ! -f "$name.golden" ]; then
		problems+=("no $name.golden (run with --update, then read it)")
	elif ! cmp -s -- "$tmp" "$name.golden"; then
		problems+=("output differs from $name.golden:")
		problems+=("$(diff -u --label "$name.golden" --label "gopp parse $src" -- "$name.golden" "$tmp" | sed '2,$s/^/  /')")
	fi
	if [ ${#problems[@]} -eq 0 ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $src"
		printf '  %s\n' "${problems[@]}"
	fi
done

[ "$skipped" -gt 0 ] && echo "($skipped known wrong, skipped: see KNOWN_WRONG)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
