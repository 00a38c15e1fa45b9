// Nil checks through pointer variables: a pointer made by &x or new(T) and never changed is never nil, while one that is later set to nil (directly, through its address, or by a closure) still panics with Go's message.
package main

import "fmt"

type body struct{ x, v float64 }

func step(bs []body) {
	for i := range bs {
		b := &bs[i]
		b.x += b.v
		for j := i + 1; j < len(bs); j++ {
			c := &bs[j]
			c.v -= b.x
		}
	}
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	bs := []body{{1, 2}, {3, 4}, {5, 6}}
	step(bs)
	fmt.Println(bs)
	p := new(body)
	p.x = 7
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	var pv = &p.v
	*pv = 8
	fmt.Println(*p, *pa, arr)

	try("reassigned", func() {
		q := &body{x: 1}
		fmt.Println(q.x)
		q = nil
		fmt.Println(q.x)
	})
	try("through its address", func() {
		q := new(body)
		pq := &q
		*pq = nil
		q.x = 1
	})
	try("by a closure", func() {
		q := &body{}
		clear := func() { q = nil }
		clear()
		fmt.Println(*q)
	})
	try("array pointer", func() {
		a := &[2]int{}
		a[0] = 1
		a = nil
		a[1] = 1
	})
	try("var declaration", func() {
		var q = new(int)
		*q = 5
		fmt.Println(*q)
		q = nil
		*q = 6
	})
	try("nil from the start", func() {
		var q *body
		q.x = 1
	})
	try("field of a nil pointer", func() {
		var q *body
		r := &q.v // panics here, as Go evaluates &q.v
		fmt.Println("not reached", r)
	})
}
