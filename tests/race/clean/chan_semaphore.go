// No race: buffered channels as semaphores; a capacity-1 channel guards a shared counter (each receive happens before the next send completes) and a capacity-3 one bounds the number of busy workers.
package main

import (
	"fmt"
	"sync"
)

func main() {
	limit := make(chan struct{}, 3) // counting semaphore: at most 3 workers busy
	guard := make(chan struct{}, 1) // binary semaphore: one holder of the counter
	counter := 0
	done := make([]int, 8) // each worker writes only its own element
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		w := w
		wg.Add(1)
		go func() {
			defer wg.Done()
			limit <- struct{}{}
			for i := 0; i < 200; i++ {
				guard <- struct{}{}
				counter++
				<-guard
				done[w]++
			}
			<-limit
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
	fmt.Println("per worker:", done)
}
