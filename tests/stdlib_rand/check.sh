#!/usr/bin/env bash
# Re-derives stdlib/math/rand's generated tables with the installed Go and
# fails if a committed file differs (or a generator's own check against
# Go's outputs fails).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../../stdlib/math/rand
cd "$here"
status=0
for gen in cooked ziggurat; do
  tmp=$(mktemp)
  if ! GOTOOLCHAIN=local GOFLAGS= go run "gen_$gen.go" > "$tmp"; then
    echo "gen_$gen.go failed"; status=1
  elif ! diff -u "$out/$gen.cpp" "$tmp"; then
    echo "stdlib/math/rand/$gen.cpp differs from what gen_$gen.go derives"; status=1
  else
    echo "$gen.cpp: as derived from $(go version | cut -d' ' -f3)"
  fi
  rm -f "$tmp"
done
exit $status
