// A sync.Mutex embedded in a struct promotes Lock/Unlock, makes *T a sync.Locker, and is compared field by field.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type Pair struct {
	mu sync.Mutex
	a  int
}

func main() {
	c := &Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.Inc([]string{"a", "b"}[i%2])
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"])

	var l sync.Locker = c
	l.Lock()
	fmt.Println("locked through Locker; TryLock:", c.TryLock())
	l.Unlock()
	fmt.Println("unlocked; TryLock:", c.TryLock())
	c.Unlock()

	var p, q Pair
	fmt.Println("zero pairs equal:", p == q)
	p.a = 1
	fmt.Println("after change:", p == q)
	var m1, m2 sync.Mutex
	fmt.Println("zero mutexes equal:", m1 == m2)
}
