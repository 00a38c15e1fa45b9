// sync and sync/atomic types inside a user struct keep it comparable (== and interface ==); *Pool and *Map box into interfaces; atomic.Pointer[T] has its methods in method sets.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type S struct {
	mu sync.Mutex
	rw sync.RWMutex
	wg sync.WaitGroup
	o  sync.Once
	c  sync.Cond
	v  atomic.Value
	i  atomic.Int64
	b  atomic.Bool
	p  atomic.Pointer[int]
}

func main() {
	var p sync.Pool
	var m sync.Map
	var x any = &p
	var y any = &m
	var s, t S
	var z any = s
	fmt.Println(x != nil, y != nil, z == any(t), s == t)
	fmt.Printf("%T %T %T\n", x, y, z)
	s.i.Store(1)
	fmt.Println("equal after Store:", s == t)
	s.i.Store(0)
	s.mu.Lock()
	fmt.Println("equal while locked:", s == t)
	s.mu.Unlock()
	fmt.Println("equal unlocked again:", s == t)
	var l sync.Locker = &s.mu
	fmt.Printf("%T\n", l)
	var q any = &s.p
	lp, ok := q.(interface{ Load() *int })
	fmt.Println("Pointer[int] has Load:", ok, lp.Load() == nil)
}
