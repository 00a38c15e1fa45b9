// The k-th receive on a channel of capacity C happens before the (k+C)-th send completes: a buffered channel limits concurrency.
package main

import "fmt"

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	state := make(chan int, 1) // a channel used as a lock around the counters
	state <- 0
	maxSeen := 0
	done := make(chan bool)
	for i := 0; i < 20; i++ {
		go func() {
			sem <- struct{}{}
			cur := <-state + 1
			if cur > maxSeen {
				maxSeen = cur
			}
			state <- cur
			for j := 0; j < 1000; j++ {
			}
			state <- <-state - 1
			<-sem
			done <- true
		}()
	}
	for i := 0; i < 20; i++ {
		<-done
	}
	fmt.Println("max concurrent within limit:", maxSeen <= limit, maxSeen >= 1)
	fmt.Println("final", <-state)
}
