#!/bin/bash
# emitted_shape.sh GOPP — the shape of emitted C++ where it decides speed:
# where it polls for preemption, where it checks pointers for nil, which
# functions it declares inline (codegen/emit_control.cpp,
# emit_closure.cpp, emit_decls.cpp).
#
# Each function below is one case; the check reads that function's
# emitted C++ (gopp build -work) and counts what it must contain:
#  - a counted loop (v < b, v++, b unchanged by the loop) runs in chunks:
#    one loopChunk and one pollLoop for the whole loop, none per iteration;
#  - loops whose trip count the body can change, or that may never end,
#    poll every iteration;
#  - only innermost loops are chunked: a counted loop around another loop
#    polls every iteration;
#  - a short constant loop does not poll (its function does, at entry);
#  - a pointer variable made by &x or new(T) and never changed is used
#    without a nil check; one that is assigned is checked;
#  - a local whose address only reaches callees that keep nothing stays a
#    C++ local (no go::newObject): &x to a function that dereferences,
#    a pointer-method call, an array sliced for a function that writes
#    it, pointers threaded through mutual recursion, local pointer and slice
#    variables used only that way; one whose address is
#    returned, stored by a callee, or captured is boxed;
#  - gc's order of evaluation (codegen/order.cpp) makes temporaries only
#    where a call could change what the statement reads, and keeps an &&
#    whose right side calls lazy;
#  - a function as small as Go's inliner takes (cost 80 or less, a call
#    costing 57; no defer or recover) is declared inline, others are not,
#    nor is main.
# Semantics of the same shapes: tests/conformance/control/counted_loop_chunks.go,
# goroutines/preempt_chunked_loops.go, structs/pointer_nil_checks.go,
# funcs/address_outlives_frame.go, funcs/address_stays_in_frame.go, order/*.go.
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

func assignedInit(n int) (i int) {
	for i = n; i > 0; i-- {
		sink += i
	}
	return i
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

func nested(m [][]int) {
	for i := 0; i < len(m); i++ {
		for _, v := range m[i] {
			sink += v
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

func small(a []int, k int) {
	first := a[0]
	for i := 0; i < k; i++ {
		a[i] = a[i+1]
	}
	a[k] = first
}

func withDefer(p *int) {
	defer func() { *p = 1 }()
	*p = 2
}

func large(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		switch {
		case i%3 == 0:
			s += i * 3
		case i%5 == 0:
			s -= i * 5
		case i%7 == 0:
			s ^= i * 7
		default:
			s += n - i
		}
		if s > 1000000 {
			s /= 2
		} else if s < -1000000 {
			s = -s / 3
		}
	}
	return s
}

var flag bool

func tick() int { sink++; return 1 }
func use(a, b int) int { return a + b }
func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func orderedRead() int { return sink + tick() }

func plainArgs(n int) int { return use(n, tick()) + n }

func lazyRight(n int) bool { return flag && tick() > n }

func lazyOrdered() int { return sink + btoi(flag && tick() > 0) }

func twoCalls(a []int) {
	small(a, 1)
	small(a, 2)
}

type acc struct{ n int }

func (a *acc) add(k int) { a.n += k }

func bump(p *int) { *p++ }

func fillAll(s []int) {
	for i := range s {
		s[i] = i
	}
}

var kept *int

func keepIt(p *int) { kept = p }

func ping(n int, p *int) {
	if n > 0 {
		m := n - 1
		pong(&m, p)
	}
	*p += n
}

func pong(n *int, p *int) { ping(*n, p) }

func localStays() int {
	x := 1
	bump(&x)
	var a acc
	a.add(x)
	var buf [4]int
	fillAll(buf[:])
	y := 2
	p := &y
	*p += x
	view := buf[1:]
	fillAll(view)
	return a.n + buf[3] + *p
}

func recursionStays(n int) int {
	total := 0
	ping(n, &total)
	return total
}

func returned() *int {
	x := 1
	return &x
}

func storedByCallee() {
	x := 1
	keepIt(&x)
}

func captured() func() int {
	x := 1
	bump(&x)
	return func() int { return x }
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
expect assignedInit       "chunked"              'loopChunkDown' 1
expect rangeSlice         "chunked"              'loopChunkUp'   1
expect movingBound        "bound changes"        'loopChunk'     0
expect movingBound        "polled"               'pollLoop'      1
expect bodyChangesVar     "variable changes"     'loopChunk'     0
expect inclusiveVariable  "chunked to its last"  'loopChunkLastUp' 1
expect whileLoop          "not counted"          'loopChunk'     0
expect whileLoop          "polled"               'pollLoop'      1
expect shortConst         "short loop"           'pollLoop'      0
expect shortConst         "but polls at entry"   'sched::poll()' 1
expect whileLoop          "no entry poll"        'sched::poll()' 0
expect shortInsideCounted "outer polls"          'pollLoop'      1
expect shortInsideCounted "neither chunked"      'loopChunk'     0
expect nested             "inner chunked"        'loopChunkUp'   1
expect nested             "outer polls too"      'pollLoop'      2
expect neverNil           "no nil check"         'go::deref'     0
expect neverNil           "plain access"         '[pq]->'        2
expect maybeNil           "assigned: checked"    'go::deref(p)'  2
expect localStays      "stays local"          'newObject'     0
expect recursionStays  "stays local"          'newObject'     0
expect ping            "stays local"          'newObject'     0
expect returned        "returned: boxed"      'newObject'     1
expect storedByCallee  "kept: boxed"          'newObject'     1
expect captured        "captured: boxed"      'newObject'     1
expect orderedRead     "call before the read"  'auto gopp_c'  1
expect plainArgs       "nothing to order"      'gopp_c'       0
expect lazyRight       "plain && stays"        'gopp_b'       0
expect lazyOrdered     "lazy temporary"        'bool gopp_b'  1
expect lazyOrdered     "both calls hoisted"    'auto gopp_c'  2
inlined() { # NAME WANT: how many of NAME's declaration and definition say inline
  local got
  got=$(grep -cE "^inline [^(]* $1\\(" "$work/main.cpp")
  if [ "$got" -eq "$2" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL $1: $got inline declarations, want $2"; grep -nE " $1\\(" "$work/main.cpp"; failed=$((failed + 1))
  fi
}
inlined small 2
inlined withDefer 0
inlined large 2
inlined twoCalls 0
inlined main 0
echo "emitted_shape: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
