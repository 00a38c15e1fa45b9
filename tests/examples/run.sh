#!/usr/bin/env bash
# Builds every example that has an expected.out (examples/*/expected.out),
# runs it, and compares its stdout with expected.out.
#
#   bash tests/examples/run.sh GOPP     # gopp build (the CTest `examples`)
#   bash tests/examples/run.sh --go     # the real go build: checks expected.out
#
# Examples importing golang.org/x/sync build with go in GOPATH mode against
# the Debian package golang-golang-x-sync-dev. Prints each difference, then
# "N agree, M differ"; exits 1 if any example differs or fails to build.
set -u
here=$(cd "$(dirname "$0")/../.." && pwd)
compiler=$1
case "$compiler" in --go) ;; /*) ;; *) compiler=$(pwd)/$compiler ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
agree=0; differ=0
for want in "$here"/examples/*/expected.out; do
	dir=$(dirname "$want"); name=$(basename "$dir")
	if [ "$compiler" = --go ]; then
		mode=(env GOTOOLCHAIN=local GOFLAGS= GO111MODULE=off)
		grep -q '"golang.org/x/sync/' "$dir/main.go" && mode+=(GOPATH=/usr/share/gocode)
		build=("${mode[@]}" go build -o "$work/$name" "$dir/main.go")
	else
		build=("$compiler" build -o "$work/$name" "$dir/main.go")
	fi
	if ! (cd "$work" && "${build[@]}") >"$work/build.log" 2>&1; then
		echo "=== $name: build failed"; sed 's/^/    /' "$work/build.log"
		differ=$((differ+1)); continue
	fi
	if (cd "$work" && timeout 60 "./$name" </dev/null >"$work/$name.out" 2>"$work/$name.err") &&
		cmp -s "$want" "$work/$name.out"; then
		agree=$((agree+1))
	else
		echo "=== $name: output differs (- want, + got):"
		diff "$want" "$work/$name.out" | head -20
		head -5 "$work/$name.err"
		differ=$((differ+1))
	fi
done
echo "$agree agree, $differ differ"
[ "$differ" -eq 0 ]
