// Cond.Signal wakes one waiter, which re-checks its condition under L: a bounded queue passes 1..100 in order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	notEmpty := sync.NewCond(&mu)
	notFull := sync.NewCond(&mu)
	var queue []int
	const capacity = 3
	done := make(chan int)
	go func() {
		sum := 0
		order := true
		last := 0
		for i := 0; i < 100; i++ {
			mu.Lock()
			for len(queue) == 0 {
				notEmpty.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			notFull.Signal()
			mu.Unlock()
			if v != last+1 {
				order = false
			}
			last = v
			sum += v
		}
		fmt.Println("in order:", order)
		done <- sum
	}()
	for i := 1; i <= 100; i++ {
		mu.Lock()
		for len(queue) == capacity {
			notFull.Wait()
		}
		queue = append(queue, i)
		notEmpty.Signal()
		mu.Unlock()
	}
	fmt.Println("sum:", <-done)
	notEmpty.Signal() // no waiters: nothing happens
	fmt.Println("Signal without waiters is a no-op")
}
