#!/bin/bash
# cli_test.sh GOPP — the gopp command line: exit statuses and the one-line
# messages for bad command lines and bad inputs.
#
# Each case runs gopp with some arguments and checks the exit status as
# `go` uses them (0 ok; 2 a bad command line, or a program with syntax or
# type errors; 1 other bad input: unreadable files, unresolvable imports,
# what gopp cannot build yet; `gopp parse` says 1 for any rejection) and that
# stderr matches a pattern (grep -E) and, for errors, is one line.
set -u
GOPP=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

mkdir empty twopkg onepkg
printf 'package a\n' > twopkg/a.go
printf 'package b\n' > twopkg/b.go
printf 'package main\n\nfunc main() {}\n' > onepkg/main.go
printf 'package main\n\nfunc main() {}\n' > ok.go
printf 'package p\n\nvar s = "\xff"\n' > latin1.go
printf 'package p\n\nfunc f() {\n\tx := )\n}\n' > bad.go
printf 'not go\n' > notes.txt
printf 'package main\n\nimport "os"\n\nfunc main() {\n\tprintln(len(os.Args))\n\tos.Exit(3)\n}\n' > exit3.go
printf 'package main\n\nimport "time"\n\nfunc main() {\n\t_, _ = time.Parse(time.RFC3339, "")\n}\n' > notyet.go
printf 'package lib\n\nfunc F() {}\n' > lib.go
printf 'package main\n\ntype T map[string]T\n\nfunc main() {\n\tvar t T\n\t_ = t\n}\n' > rec.go
printf 'package main\n\nfunc main() {\n\tvar x int\n}\n' > unused.go
printf 'package main\n\nimport "nosuch/pkg"\n\nfunc main() { pkg.F() }\n' > noimport.go

passed=0 failed=0
# check NAME STATUS STDERR_PATTERN ONE_LINE -- ARGS...   (pattern EMPTY: no stderr)
check() {
  local name=$1 want=$2 pattern=$3 oneline=$4
  shift 5
  "$GOPP" "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  local lines
  lines=$(wc -l <"$tmp/err")
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit status $got, want $want"; cat "$tmp/err"; failed=$((failed + 1)); return
  fi
  if [ "$pattern" = EMPTY ]; then
    if [ -s "$tmp/err" ]; then
      echo "FAIL $name: stderr not empty:"; cat "$tmp/err"; failed=$((failed + 1)); return
    fi
  elif ! grep -Eq -- "$pattern" "$tmp/err"; then
    echo "FAIL $name: stderr does not match /$pattern/:"; cat "$tmp/err"; failed=$((failed + 1)); return
  fi
  if [ "$oneline" = yes ] && [ "$lines" -ne 1 ]; then
    echo "FAIL $name: $lines lines on stderr, want 1:"; cat "$tmp/err"; failed=$((failed + 1)); return
  fi
  passed=$((passed + 1))
}

check no-arguments        2 'Usage:'                                   no  --
check unknown-command     2 '^gopp frob: unknown command'              yes -- frob
check unknown-flag        2 'flag provided but not defined: -x'        yes -- parse -x ok.go
check flag-needs-argument 2 'flag needs an argument: -o'               yes -- build -o
check parse-no-files      2 '^gopp parse: no files named'              yes -- parse
check run-no-files        1 '^gopp run: no go files listed'            yes -- run
check build-no-files      1 '^gopp build: no Go files named'           yes -- build -o out
check help-unknown        2 'unknown help topic'                       yes -- help nope
check missing-file        1 '^open nope.go: no such file or directory$' yes -- parse nope.go
check directory-as-file   1 '^read empty: is a directory$'             yes -- parse empty
check dir-without-go      1 '^no Go files in empty$'                   yes -- check empty
check not-a-go-file       1 '^named files must be .go files: notes.txt$' yes -- check notes.txt
check non-utf8            1 '^latin1.go:3:10: invalid UTF-8 encoding$' yes -- parse latin1.go
check syntax-error        1 '^bad.go:4:7: syntax error: unexpected \)' yes -- parse bad.go
check two-packages        1 '^found packages a \(a.go\) and b \(b.go\)' yes -- check twopkg
check parse-ok            0 EMPTY                                       no  -- parse ok.go
check check-dir-ok        0 EMPTY                                       no  -- check onepkg
check build-ok            0 EMPTY                                       no  -- build -o ok.bin ok.go
check build-unsupported   1 '^notyet.go:6:2: gopp cannot compile this yet: time.Parse' yes -- build -o notyet.bin notyet.go
check build-recursive     0 EMPTY                                       no  -- build -o rec.bin rec.go
check build-not-main      1 'is not a main package'                     yes -- build lib.go
check build-bad-program   2 '^bad.go:4:7: syntax error'                 yes -- build -o bad.bin bad.go
check build-type-error    2 '^unused.go:4:6: declared and not used: x$' yes -- build -o unused.bin unused.go
check run-type-error      2 '^unused.go:4:6: declared and not used: x$' yes -- run unused.go
check check-type-error    2 '^unused.go:4:6: declared and not used: x$' yes -- check unused.go
check build-no-such-import 1 '^noimport.go:3:8: could not import nosuch/pkg' yes -- build -o noimport.bin noimport.go
check buildmode-unknown   2 '-buildmode=shared not supported'           yes -- build -buildmode=shared lib.go
check lib-needs-o         2 '-buildmode=c\+\+ needs -o DIR'            yes -- build -buildmode=c++ lib.go
check lib-from-main       1 'from a package other than main'            yes -- build -buildmode=c++ -o libmain ok.go
check lib-bad-program     2 '^bad.go:4:7: syntax error'                 yes -- build -buildmode=c++ -o libbad bad.go
check lib-ok              0 EMPTY                                       no  -- build -buildmode=c++ -o libdir lib.go
check run-exit-status     3 '^2$'                                       yes -- run exit3.go arg
check version             0 EMPTY                                       no  -- version
check help-parse          0 EMPTY                                       no  -- help parse

# Stdout of the successful informational commands.
"$GOPP" version | grep -Eq '^gopp version [0-9]+\.[0-9]+\.[0-9]+ ' && passed=$((passed + 1)) ||
  { echo "FAIL version output"; failed=$((failed + 1)); }
"$GOPP" help parse | grep -q '^usage: gopp parse' && passed=$((passed + 1)) ||
  { echo "FAIL help parse output"; failed=$((failed + 1)); }
# The built program runs.
./ok.bin && passed=$((passed + 1)) || { echo "FAIL ok.bin did not run"; failed=$((failed + 1)); }
# A failed build leaves no output behind.
for f in notyet.bin bad.bin; do
  [ ! -e $f ] && passed=$((passed + 1)) || { echo "FAIL a failed build left $f"; failed=$((failed + 1)); }
done
# A library build writes the header, the source and a CMakeLists.txt, and
# nothing at all for a bad program; rebuilding an unchanged package leaves
# the files alone (build systems then rebuild nothing).
[ -f libdir/lib.h ] && [ -f libdir/lib.cpp ] && [ -f libdir/CMakeLists.txt ] && grep -q 'void F();' libdir/lib.h &&
  passed=$((passed + 1)) || { echo "FAIL -buildmode=c++ output"; ls libdir; failed=$((failed + 1)); }
[ ! -e libbad ] && [ ! -e libmain ] && passed=$((passed + 1)) ||
  { echo "FAIL a failed library build wrote something"; failed=$((failed + 1)); }
touch -d '2001-01-01' libdir/lib.h libdir/lib.cpp
"$GOPP" build -buildmode=c++ -o libdir lib.go
[ "$(stat -c %Y libdir/lib.h libdir/lib.cpp | sort -u)" = "$(date -d 2001-01-01 +%s)" ] && passed=$((passed + 1)) ||
  { echo "FAIL an unchanged library build rewrote its files"; failed=$((failed + 1)); }
# -work keeps the emitted C++ and says where.
"$GOPP" build -work -o w.bin ok.go 2>work.err
work=$(sed -n 's/^WORK=//p' work.err)
[ -n "$work" ] && [ -f "$work/main.cpp" ] && passed=$((passed + 1)) ||
  { echo "FAIL -work did not keep the C++"; cat work.err; failed=$((failed + 1)); }
[ -n "$work" ] && rm -rf "$work"
# A C++ compiler failure is gopp's internal error, naming the kept C++.
CXX=false GOPP_NOCACHE=1 "$GOPP" build -o ice.bin ok.go 2>ice.err
status=$?
kept=$(sed -n 's/.*report it with \(.*main.cpp\)).*/\1/p' ice.err)
[ $status = 2 ] && [ -n "$kept" ] && [ -f "$kept" ] && [ ! -e ice.bin ] && passed=$((passed + 1)) ||
  { echo "FAIL internal error path (status $status)"; cat ice.err; failed=$((failed + 1)); }
[ -n "$kept" ] && rm -rf "$(dirname "$kept")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
