// Pointer, map and channel types defined in terms of themselves: Peano
// numbers as pointers to pointers, a tree as a map of trees, a channel of
// its own type, a list through a pointer to an unnamed struct; each used
// as values, map keys, interface values, struct fields, through
// conversions, generics and methods called through interfaces.
package main

import (
	"fmt"
	"sort"
	"unsafe"
)

type Number *Number

func zero() *Number { return nil }

func isZero(x *Number) bool { return x == nil }

func succ(x *Number) *Number {
	e := new(Number)
	*e = x
	return e
}

func pred(x *Number) *Number { return *x }

func count(x *Number) int {
	if isZero(x) {
		return 0
	}
	return count(pred(x)) + 1
}

func add(x, y *Number) *Number {
	if isZero(y) {
		return x
	}
	return add(succ(x), pred(y))
}

type Tree map[string]Tree

func (t Tree) Size() int {
	n := 1
	for _, c := range t {
		n += c.Size()
	}
	return n
}

func (t Tree) Add(path ...string) {
	for _, p := range path {
		c, ok := t[p]
		if !ok {
			c = Tree{}
			t[p] = c
		}
		t = c
	}
}

type Ch chan Ch

type List *struct {
	next List
	v    int
}

func push(l List, v int) List {
	return &struct {
		next List
		v    int
	}{l, v}
}

type P *P

type Holder struct {
	t Tree
	n Number
	c Ch
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
	return out
}

// Methods of a channel type and a map type through interfaces.
type C chan int

func (c C) Put(v int) { c <- v }

type Putter interface{ Put(int) }

type Sizer interface{ Size() int }

func holders() {
	var h Holder
	fmt.Println(h.t == nil, h.n == nil, h.c == nil, len(h.t), h.t["x"] == nil)
	h.t = Tree{"b": nil, "a": Tree{"c": nil}}
	fmt.Println(Keys(h.t), len(Keys(map[string]Tree(h.t))))
	var n Number
	n = Number(&n)
	up := unsafe.Pointer(n)
	fmt.Println(up == unsafe.Pointer(&n), Number((*Number)(up)) == n)
	v, ok := h.t["a"]
	fmt.Println(v != nil, ok)
	for k, v := range h.t {
		if k == "a" {
			fmt.Println(k, len(v))
		}
	}
	delete(h.t, "a")
	fmt.Println(len(h.t))
	var arr [3]Number
	arr[1] = &arr[0]
	fmt.Println(arr[0] == nil, *arr[1] == nil)
	fmt.Printf("%T %T %T\n", n, h.t, h.c)
	var s Sizer = Tree{"z": Tree{"y": nil}}
	fmt.Println(s.Size(), s)
	c := make(C, 1)
	var p Putter = c
	p.Put(4)
	fmt.Println(<-c)
}

func main() {
	three := succ(succ(succ(zero())))
	two := succ(succ(zero()))
	fmt.Println(count(three), count(add(three, two)), isZero(pred(succ(nil))))

	t := Tree{}
	t.Add("a", "b", "c")
	t.Add("a", "d")
	t.Add("e")
	fmt.Println(t.Size(), len(t), len(t["a"]), t["x"] == nil, t)
	var u map[string]Tree = t["a"]
	t2 := Tree(u)
	delete(t2, "d")
	fmt.Println(len(t["a"]), t2)
	m := make(Tree, 4)
	m["self"] = m
	fmt.Println(len(m["self"]["self"]), m["self"]["none"] == nil)
	fmt.Printf("%T %d\n", t, len(Tree(nil)))

	c := make(Ch, 1)
	c <- c
	d := <-c
	fmt.Println(d == c, len(c), cap(d))
	var anyc interface{} = c
	if cc, ok := anyc.(Ch); ok {
		fmt.Println("chan", cc == c)
	}
	close(c)
	_, ok := <-c
	fmt.Println(ok)

	var l List
	for i := 1; i <= 4; i++ {
		l = push(l, i*i)
	}
	sum := 0
	for p := l; p != nil; p = p.next {
		sum += p.v
	}
	fmt.Println(sum, l.next.v, (*l).v)

	var p P
	p = &p
	q := *p
	fmt.Println(q == p, *q == p, p != nil)
	keys := map[P]int{p: 1, nil: 2}
	fmt.Println(keys[p], keys[nil], keys[*p], len(keys))
	var x interface{} = p
	switch v := x.(type) {
	case P:
		fmt.Println("P", v == p)
	default:
		fmt.Println("other")
	}
	fmt.Printf("%T %v\n", x, x == interface{}(p))

	holders()

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var n *Number
	fmt.Println(*n == nil)
}
