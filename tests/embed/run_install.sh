#!/usr/bin/env bash
# Installs gopp to a temporary prefix and builds examples/embed from a copy,
# as a user would: only the installed CMake package (find_package(gopp)),
# never the source or build tree. Checks the demo's output, then that
# editing the Go file rebuilds the library and the program, and that a
# build with nothing changed does nothing.
#
#   bash tests/embed/run_install.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unset GOPP_ROOT GOPP_STDLIB

cmake --install "$build" --prefix "$work/prefix" >/dev/null
cp -r "$src/examples/embed" "$work/embed"
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
cmake -S "$work/embed" -B "$work/b" "${gen[@]}" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/b" >/dev/null
"$work/b/embed_demo" >"$work/out.txt"
if ! diff -u "$work/embed/expected_output.txt" "$work/out.txt"; then
  echo "FAIL: embed_demo's output differs from expected_output.txt" >&2
  exit 1
fi

# Nothing changed: nothing to do.
if [ -n "${gen[*]}" ] && ! cmake --build "$work/b" | grep -q "no work to do"; then
  echo "FAIL: a second build with nothing changed rebuilt something" >&2
  exit 1
fi

# An edit to the Go package reaches the program.
sed -i 's/var Version = "1.0"/var Version = "2.0-edited"/' "$work/embed/wordcount/wordcount.go"
grep -q '2.0-edited' "$work/embed/wordcount/wordcount.go"
cmake --build "$work/b" >/dev/null
if [ "$("$work/b/embed_demo" | tail -1)" != "wordcount 2.0-edited" ]; then
  echo "FAIL: editing wordcount.go did not rebuild the demo" >&2
  exit 1
fi
echo "PASS: installed gopp built examples/embed; an edit to the .go file rebuilt it"
