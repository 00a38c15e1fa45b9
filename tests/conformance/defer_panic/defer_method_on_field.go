// defer x.f.M() with a pointer-receiver M on a field: the receiver &x.f is evaluated at the defer statement, so the deferred call acts on the original field even if x changes later.
package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

type box struct {
	c  counter
	mu sync.Mutex
}

func run(b *box) {
	b.mu.Lock()
	defer b.mu.Unlock()
	defer b.c.inc()
	orig := b
	b = &box{}
	defer b.c.inc()
	fmt.Println("in run:", orig.c.n, b.c.n)
}

type gbox[T any] struct {
	v  T
	mu sync.Mutex
}

func (g *gbox[T]) get() T {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.v
}

func main() {
	b := &box{}
	run(b)
	fmt.Println("after run:", b.c.n, b.mu.TryLock())
	g := &gbox[string]{v: "generic"}
	fmt.Println(g.get(), g.get(), g.mu.TryLock())
}
