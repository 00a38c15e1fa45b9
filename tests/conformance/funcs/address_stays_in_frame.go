// A variable whose address only reaches callees that keep nothing behaves exactly as one on the heap: callees change it, loops and operand order see the change.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) add(k int) { c.n += k }

func (c counter) get() int { return c.n }

func inc(p *int) int { *p++; return *p }

func shrink(n *int) { *n-- }

func fill(s []int) {
	for i := range s {
		s[i] = i * i
	}
}

func sum(s []int) (t int) {
	for _, v := range s {
		t += v
	}
	return t
}

func swap(a, b *int) { *a, *b = *b, *a }

func same(p, q *int) bool { return p == q }

// fib threads two pointers through mutual recursion, as GOROOT's
// abi/uglyfib.go does.
func fibA(x int, acc *int) {
	if x < 2 {
		*acc += x
		return
	}
	y := x - 1
	fibB(&y, acc)
	fibA(x-2, acc)
}

func fibB(x *int, acc *int) { fibA(*x, acc) }

func main() {
	n := 5
	fmt.Println(n, inc(&n), n)
	m := 10
	for i := 0; i < m; i++ {
		shrink(&m)
	}
	fmt.Println("m", m)
	k := 0
	for k < 3 {
		inc(&k)
	}
	fmt.Println("k", k)

	var c counter
	for i := 1; i <= 4; i++ {
		c.add(i)
	}
	fmt.Println(c.get(), c.n)

	var buf [6]int
	fill(buf[:])
	fill(buf[4:])
	fmt.Println(buf, sum(buf[:]), sum(buf[1:3]))

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b, same(&a, &a), same(&a, &b))

	var ptrs []bool
	for i := 0; i < 3; i++ {
		j := i
		ptrs = append(ptrs, same(&j, &i))
		inc(&i)
	}
	fmt.Println(ptrs)

	// Local pointers and slices that only reach callees keeping nothing.
	val := 3
	q := &val
	*q += 4
	r := q
	inc(r)
	var cells [3]int
	view := cells[:]
	for i := range view {
		view[i] = i + 1
	}
	fill(view[1:])
	fmt.Println(val, *q, *r, cells)

	acc := 0
	fibA(25, &acc)
	fmt.Println("fib", acc)

	type pair struct{ x, y int }
	p := pair{1, 2}
	swap(&p.x, &p.y)
	grid := [2][2]int{{1, 2}, {3, 4}}
	swap(&grid[0][1], &grid[1][0])
	fmt.Println(p, grid)
}
