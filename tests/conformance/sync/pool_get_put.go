// Pool.Get calls New when empty (nil without New); a Put value comes back from Get; Put(nil) is ignored; two GCs empty the pool, one does not (victim cache).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buf struct{ id int }

func main() {
	runtime.GOMAXPROCS(1) // one P: the private cache is always ours
	var empty sync.Pool
	fmt.Println("Get without New:", empty.Get())
	empty.Put(nil)
	fmt.Println("after Put(nil):", empty.Get())

	made := 0
	p := sync.Pool{New: func() any {
		made++
		return &buf{id: 100 + made}
	}}
	b := p.Get().(*buf)
	fmt.Println("from New:", b.id, "made:", made)
	b.id = 7
	p.Put(b)
	c := p.Get().(*buf)
	fmt.Println("after Put, Get returns it:", c.id, c == b, "made:", made)
	p.Put(c)
	runtime.GC()
	d := p.Get().(*buf)
	fmt.Println("after one GC, still there (victim):", d.id, "made:", made)
	p.Put(d)
	runtime.GC()
	runtime.GC()
	e := p.Get().(*buf)
	fmt.Println("after two GCs, New again:", e.id, "made:", made)

	var s sync.Pool
	s.Put("x")
	s.Put("y")
	s.Put("z")
	got := map[any]bool{}
	for i := 0; i < 3; i++ {
		got[s.Get()] = true
	}
	fmt.Println("three values back:", got["x"], got["y"], got["z"], "then:", s.Get())
}
