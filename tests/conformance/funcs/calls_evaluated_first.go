// Within a statement gc evaluates every call first, then the other operands (the spec leaves this order open): a variable read in an argument list, a literal or an assignment sees what a later call in the same list changed, and a call runs before an earlier index expression panics.
package main

import "fmt"

type T struct{ a, b int }

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func pair() (int, int) {
	x := 1
	return x + 0, func() int { x = 2; return 0 }()
}

func named() (a, b int) {
	y := 1
	defer func() {}()
	return y * 1, func() int { y = 3; return 0 }()
}

func main() {
	x := 1
	fmt.Println(x, func() int { x = 2; return 0 }(), x)

	s := []int{1, 2, 3}
	fmt.Println(s[0], func() int { s[0] = 9; return 0 }())

	counter := 0
	inc := func() int { counter++; return counter }
	fmt.Println(counter, inc(), inc(), counter)

	y := 1
	a, b := y, func() int { y = 5; return 0 }()
	fmt.Println(a, b)
	var v, w int
	v, w = y, func() int { y = 6; return 0 }()
	fmt.Println(v, w)

	p := &struct{ v int }{1}
	fmt.Println(p.v, func() int { p.v = 7; return 0 }())
	m := map[string]int{"k": 1}
	fmt.Println(m["k"], func() int { m["k"] = 3; return 0 }())

	z := 1
	t := T{z, func() int { z = 3; return 0 }()}
	arr := [2]int{z, func() int { z = 4; return 0 }()}
	sl := []int{z, func() int { z = 5; return 0 }()}
	fmt.Println(t, arr, sl)
	// Keyed struct literals too, whatever the order of the keys.
	kt := T{a: z, b: func() int { z = 6; return 0 }()}
	kr := T{b: z, a: func() int { z = 7; return z * 10 }()}
	fmt.Println(kt, kr)

	// len, cap and the other built-ins count as calls: evaluated in order.
	q := make([]int, 1)
	grow := func() int { q = make([]int, 3); return 2 }
	l1, g, l2 := len(q), grow(), len(q)
	fmt.Println(l1, g, l2, cap(q), grow(), len(q))

	// Binary operations: the call first, whichever side it is on.
	pos := &struct{ n int }{}
	next := func() int { pos.n++; return pos.n }
	sum := next() + pos.n
	n := 1
	bump := func() int { n += 100; return 1 }
	n = bump() + n
	k := 1
	bumpK := func() int { k = 50; return 1 }
	less := k < bumpK()
	fmt.Println(sum, n, less, k == bumpK(), len(q)+grow())

	fmt.Println(pair())
	fmt.Println(named())

	// The call runs before the earlier operand's index panics.
	var empty []int
	j := -1
	try(func() { fmt.Println(empty[j], inc()) })
	try(func() { v, w = empty[j], inc() })
	fmt.Println(counter)
}
