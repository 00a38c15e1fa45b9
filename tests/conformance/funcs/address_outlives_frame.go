// A variable lives as long as a pointer to it: every way a pointer can leave its function keeps the variable alive and distinct per call.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }

var (
	global  *int
	saved   []*int
	byKey   = map[int]*int{}
	structs []node
	funcs   []func() int
	boxes   []any
)

func viaReturn(i int) *int { x := i * 10; return &x }

func viaGlobal(i int) { x := i * 10; global = &x }

func viaAppend(i int) { x := i * 10; saved = append(saved, &x) }

func viaMap(i int) { x := i * 10; byKey[i] = &x }

func viaLocalThenReturn(i int) *int {
	x := i * 10
	p := &x
	q := p
	return q
}

func viaCompositeLiteral(i int) *node {
	n := node{val: i}
	return &node{val: i * 10, next: &n}
}

func viaClosure(i int) {
	x := i * 10
	p := &x
	funcs = append(funcs, func() int { return *p })
}

func viaMethodValue(i int) {
	c := counter{n: i * 10}
	funcs = append(funcs, c.inc)
}

func viaInterface(i int) {
	x := i * 10
	boxes = append(boxes, &x)
}

func viaChannel(i int, ch chan *int) {
	x := i * 10
	ch <- &x
}

// keep stores its argument: a caller's pointer passed here escapes.
func keep(p *int) { saved = append(saved, p) }

// pass hands its argument to keep: escaping is transitive.
func pass(p *int) { keep(p) }

func viaCallee(i int) { x := i * 10; pass(&x) }

// keepSlice keeps a slice of a caller's array.
func keepSlice(s []int) { saved = append(saved, &s[0]) }

func viaArraySlice(i int) {
	var a [4]int
	a[0] = i * 10
	keepSlice(a[:])
}

func viaLocalSliceVariable(i int) {
	var a [2]int
	a[0] = i * 10
	s := a[:]
	t := s
	keepSlice(t)
}

func keepVariadic(ps ...*int) { saved = append(saved, ps...) }

func viaVariadic(i int) { x := i * 10; keepVariadic(&x) }

// keepIndirect stores what its pointer-to-pointer points to.
func keepIndirect(pp **int) { saved = append(saved, *pp) }

func viaPointerToParam(p *int) { keepIndirect(&p) }

func viaParamOfParam(i int) { x := i * 10; viaPointerToParam(&x) }

func (c *counter) keepSelf() { saved = append(saved, &c.n) }

func viaPointerMethod(i int) {
	c := counter{n: i * 10}
	c.keepSelf()
}

// ints' value receiver is a copy of the slice, sharing the caller's array.
type ints []int

var keptInts ints

func (s ints) keep() { keptInts = s }

func passInts(s ints) { s.keep() }

func viaValueReceiver() {
	var a [3]int
	for i := range a {
		a[i] = 7 * (i + 1)
	}
	passInts(a[:])
}

func recurse(f func(int), i int) {
	if i < 0 {
		return
	}
	f(i)
	recurse(f, i-1)
}

// clobber writes over the stack below its caller.
func clobber(depth int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = -depth
	}
	if depth == 0 {
		return pad[3]
	}
	return clobber(depth-1) + pad[5]
}

func main() {
	var rets []*int
	for i := 1; i <= 3; i++ {
		rets = append(rets, viaReturn(i), viaLocalThenReturn(i))
	}
	viaGlobal(7)
	lists := []*node{viaCompositeLiteral(1), viaCompositeLiteral(2)}
	ch := make(chan *int, 3)
	for i := 1; i <= 3; i++ {
		viaAppend(i)
		viaMap(i)
		viaClosure(i)
		viaMethodValue(i)
		viaInterface(i)
		viaChannel(i, ch)
		viaCallee(i)
		viaArraySlice(i)
		viaLocalSliceVariable(i)
		viaVariadic(i)
		viaParamOfParam(i)
		viaPointerMethod(i)
	}
	recurse(viaAppend, 2)
	viaValueReceiver()
	clobber(50)

	for _, p := range rets {
		fmt.Print(*p, " ")
	}
	fmt.Println(*global)
	for _, n := range lists {
		fmt.Print(n.val, " ", n.next.val, " ")
	}
	fmt.Println()
	for _, p := range saved {
		fmt.Print(*p, " ")
	}
	fmt.Println(len(saved))
	for k := 1; k <= 3; k++ {
		fmt.Print(*byKey[k], " ")
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	for _, b := range boxes {
		fmt.Print(*b.(*int), " ")
	}
	close(ch)
	for p := range ch {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	fmt.Println(keptInts)
	*saved[0] = 99
	fmt.Println(*saved[0], *saved[1], saved[0] != saved[1])
}
