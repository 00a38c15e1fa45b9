// sync.Mutex gives mutual exclusion: 50 goroutines x 2000 increments of a shared counter lose none.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	inside := 0
	maxInside := 0
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				counter++
				inside--
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
	fmt.Println("max holders at once:", maxInside)
}
