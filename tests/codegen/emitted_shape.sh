#!/bin/bash
# loop_polls.sh GOPP — where emitted code polls for preemption, and where
# it checks pointers for nil (codegen/emit_control.cpp, emit_closure.cpp).
#
# Each function below is one case; the check reads that function's
# emitted C++ (gopp build -work) and counts what it must contain:
#  - a counted loop (v < b, v++, b unchanged by the loop) runs in chunks:
#    one loopChunk and one pollLoop for the whole loop, none per iteration;
#  - loops whose trip count the body can change, or that may never end,
#    poll every iteration;
#  - a short constant loop does not poll; nested in a chunked loop it is
#    chunked itself (one poll per entry), so its trips do not multiply the
#    chunk's;
#  - a pointer variable made by &x or new(T) and never changed is used
#    without a nil check; one that is assigned is checked.
# Semantics of the same shapes: tests/conformance/control/counted_loop_chunks.go,
# goroutines/preempt_chunked_loops.go, structs/pointer_nil_checks.go.
set -u
GOPP=$(realpath "$1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

cat > main.go <<'GO'
package main

type pt struct{ x, y int }

var sink int

func counted(n int) {
	for i := 0; i < n; i++ {
		sink += i
	}
}

func countedDown(s []int) {
	for i := len(s) - 1; i > 0; i-- {
		sink += s[i]
	}
}

func rangeSlice(s []int) {
	for _, v := range s {
		sink += v
	}
}

func movingBound(n int) {
	for i := 0; i < n; i++ {
		n--
	}
}

func bodyChangesVar(n int) {
	for i := 0; i < n; i++ {
		i++
	}
}

func inclusiveVariable(n int) {
	for i := 0; i <= n; i++ {
		sink++
	}
}

func whileLoop(n int) {
	for n > 0 {
		n /= 2
	}
}

func shortConst() {
	for k := 0; k < 8; k++ {
		sink += k
	}
}

func shortInsideCounted(n int) {
	for i := 0; i < n; i++ {
		for k := 0; k < 8; k++ {
			sink += k
		}
	}
}

func neverNil(s []pt) {
	p := &s[0]
	p.x = p.y
	q := new(pt)
	q.y = 1
}

func maybeNil(s []pt) {
	p := &s[0]
	p.x = 1
	p = nil
	p.y = 2
}

func main() {}
GO

work=$("$GOPP" build -work -o prog main.go 2>&1 | sed -n 's/^WORK=//p')
if [ -z "$work" ] || [ ! -f "$work/main.cpp" ]; then
  echo "FAIL: gopp build -work did not keep the C++"; exit 1
fi
trap 'rm -rf "$tmp" "$work"' EXIT

passed=0 failed=0
# body NAME: the emitted body of Go function NAME.
body() { awk -v f="$1" '$0 ~ "^[^ #].* " f "\\(.*\\) \\{$" {on=1} on {print} on && /^}$/ {exit}' "$work/main.cpp"; }
# expect NAME WHAT PATTERN COUNT
expect() {
  local got
  got=$(body "$1" | grep -c -- "$3")
  if [ "$got" -eq "$4" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL $1: $2: $got lines match /$3/, want $4"; body "$1"; failed=$((failed + 1))
  fi
}
expect counted            "chunked"              'loopChunkUp'   1
expect counted            "one poll"             'pollLoop'      1
expect countedDown        "chunked down"         'loopChunkDown' 1
expect rangeSlice         "chunked"              'loopChunkUp'   1
expect movingBound        "bound changes"        'loopChunk'     0
expect movingBound        "polled"               'pollLoop'      1
expect bodyChangesVar     "variable changes"     'loopChunk'     0
expect inclusiveVariable  "may never end"        'loopChunk'     0
expect whileLoop          "not counted"          'loopChunk'     0
expect whileLoop          "polled"               'pollLoop'      1
expect shortConst         "short loop"           'pollLoop'      0
expect shortInsideCounted "both chunked"         'loopChunkUp'   2
expect neverNil           "no nil check"         'go::deref'     0
expect neverNil           "plain access"         '[pq]->'        2
expect maybeNil           "assigned: checked"    'go::deref(p)'  2
echo "loop_polls: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
