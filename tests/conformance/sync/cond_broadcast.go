// Cond.Broadcast wakes every waiter; a Cond works over an RWMutex's RLocker as L too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	waiting := 0
	var wg sync.WaitGroup
	const n = 8
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			for !ready {
				c.Wait()
			}
			waiting--
			mu.Unlock()
		}()
	}
	for {
		mu.Lock()
		if waiting == n {
			break
		}
		mu.Unlock()
	}
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("all woken; still waiting:", waiting)

	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	got := make(chan bool)
	go func() {
		rc.L.Lock()
		for !flag {
			rc.Wait()
		}
		rc.L.Unlock()
		got <- true
	}()
	rw.Lock()
	flag = true
	rw.Unlock()
	rc.Broadcast()
	<-got
	fmt.Println("waiter over RLocker woken")
}
