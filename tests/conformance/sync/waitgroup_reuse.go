// A WaitGroup can be reused for new rounds once Wait has returned; Wait on a zero counter returns at once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Wait()
	fmt.Println("Wait on a new WaitGroup returned")
	var mu sync.Mutex
	for round := 1; round <= 5; round++ {
		sum := 0
		wg.Add(round * 3)
		for i := 0; i < round*3; i++ {
			go func(i int) {
				defer wg.Done()
				mu.Lock()
				sum += i
				mu.Unlock()
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, "sum", sum)
	}
	// Several waiters released together.
	wg.Add(1)
	released := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			wg.Wait()
			released <- i
		}(i)
	}
	wg.Done()
	total := 0
	for i := 0; i < 3; i++ {
		total += <-released
	}
	fmt.Println("all waiters released:", total)
}
