// atomic.Pointer[T]: nil zero value, Store/Load/Swap/CompareAndSwap by pointer identity, for several T.
package main

import (
	"fmt"
	"sync/atomic"
)

type config struct {
	name string
	n    int
}

type holder struct {
	cur atomic.Pointer[config]
}

func main() {
	var p atomic.Pointer[config]
	fmt.Println("zero:", p.Load() == nil)
	a := &config{"a", 1}
	b := &config{"b", 2}
	p.Store(a)
	fmt.Println(p.Load().name, p.Load() == a)
	old := p.Swap(b)
	fmt.Println("swapped out:", old.name, "now:", p.Load().name)
	fmt.Println("CAS with stale old:", p.CompareAndSwap(a, a))
	c := &config{"b", 2} // equal contents, different pointer
	fmt.Println("CAS with equal but distinct old:", p.CompareAndSwap(c, a))
	fmt.Println("CAS with current old:", p.CompareAndSwap(b, nil), p.Load() == nil)

	var ip atomic.Pointer[int]
	x := 5
	ip.Store(&x)
	*ip.Load() += 1
	fmt.Println(x)

	var h holder
	h.cur.Store(&config{"h", 3})
	fmt.Println(h.cur.Load().n)

	load := p.Load
	p.Store(b)
	fmt.Println("method value:", load().name)
	var sp atomic.Pointer[string]
	s := "hello"
	fmt.Println(sp.Swap(&s) == nil, *sp.Load())
}
