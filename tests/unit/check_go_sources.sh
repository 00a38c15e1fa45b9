#!/usr/bin/env bash
# check_go_sources.sh UNIT_TEST_BINARY — are the parser tests' inputs what
# they claim to be, according to Go itself?
#
# Runs the unit tests with GOPP_TEST_GO_SOURCES set, so every Go source they
# parse is saved with gopp's diagnostics (see ParseHelpers.h), then parses
# each saved source with go/parser (gofmt -e). A source agrees when both
# parsers accept it, or both reject it with their first error on the same
# line. Disagreements are listed with gc's own messages (go tool compile),
# for reference; the exit status is 1 if there are any.
#
# Needs the go toolchain; not run by ctest.
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 UNIT_TEST_BINARY" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosources.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT
GOPP_TEST_GO_SOURCES=$tmp "$1" >/dev/null 2>&1
agree=0 disagree=0
for go in "$tmp"/*.go; do
	base=${go%.go}
	gopp_first=$(head -1 "$base.gopp")
	go_first=$(gofmt -e "$go" 2>&1 >/dev/null | head -1)
	gopp_line=${gopp_first%%:*}
	go_line=$(printf '%s' "$go_first" | sed -E 's/^[^:]*:([0-9]+):.*/\1/')
	if [ -z "$gopp_first" ] && [ -z "$go_first" ]; then
		agree=$((agree + 1))
	elif [ -n "$gopp_first" ] && [ -n "$go_first" ] && [ "$gopp_line" = "$go_line" ]; then
		agree=$((agree + 1))
	else
		disagree=$((disagree + 1))
		echo "== $(basename "$go")"
		echo "   gopp:      ${gopp_first:-accepts}"
		echo "   go/parser: ${go_first:-accepts}"
		go tool compile -o "$(mktemp -u)" "$go" 2>&1 | grep -E 'syntax error|invalid|literal|escape|must separate' | head -2 | sed 's/^/   gc:        /'
	fi
done
echo "$agree agree, $disagree disagree"
[ "$disagree" -eq 0 ]
