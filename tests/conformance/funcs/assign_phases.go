// An assignment runs in two phases: the operands of index expressions and pointer indirections on the left, and the values on the right, are evaluated first; then the places are indexed, dereferenced and assigned left to right.
package main

import "fmt"

type point struct{ x, y int }

type box struct{ arr [3]int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func traced(name string, v int) int {
	fmt.Println("  evaluate", name)
	return v
}

func main() {
	s := []int{10, 20, 30}

	// The right side is called before the left side's index is checked.
	try("index", func() { s[traced("i", 5)] = traced("v", 1) })
	try("index-tuple", func() {
		i := 7
		var x int
		s[i], x = traced("a", 1), traced("b", 2)
		fmt.Println("unreachable", x)
	})
	try("op-assign", func() {
		i := 9
		s[i] += traced("rhs", 1)
	})

	// A nil pointer on the left is dereferenced in the second phase.
	try("nil-field", func() {
		var p *point
		p.x, p.y = traced("x", 1), traced("y", 2)
	})
	try("nil-array", func() {
		var b *box
		b.arr[1] = traced("elem", 4)
	})
	try("nil-star", func() {
		var p *int
		*p = traced("star", 3)
	})
	try("nil-map", func() {
		var m map[string]int
		m["k"] = traced("map value", 5)
	})

	// Assignments happen left to right, so the first one lands before the
	// second panics.
	try("left-to-right", func() {
		var x int
		defer func() { fmt.Println("  x =", x) }()
		x, s[3] = 1, 2
	})

	// Index operands are evaluated in the first phase: the old i.
	a := [3]int{}
	i := 0
	i, a[i] = 2, 9
	fmt.Println(i, a)

	// The slice operand too: the old slice's array is written.
	t := []int{1, 2, 3}
	old := t
	t, t[0] = []int{7, 8}, 100
	fmt.Println(t, old)

	// Swaps.
	s[0], s[2] = s[2], s[0]
	q := &point{1, 2}
	q.x, q.y = q.y, q.x
	var m = map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(s, *q, m["a"], m["b"])

	// Index expressions on the left that call functions are evaluated
	// before the right side.
	u := []int{0, 0, 0}
	u[traced("left index", 1)], u[traced("second left index", 2)] = traced("first value", 5), traced("second value", 6)
	fmt.Println(u)
	u[traced("op-assign index", 0)] -= traced("op-assign value", 3)
	fmt.Println(u)
}
