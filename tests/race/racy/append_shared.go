// Race: append to a shared slice variable from several goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var s []int
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		delay := time.Duration(i) * 5 * time.Millisecond
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Staggered starts keep the appends apart in time (the
			// detector can miss two accesses made at the same instant);
			// sleeping does not synchronise, so they race all the same.
			time.Sleep(delay)
			s = append(s, 1)
		}()
	}
	wg.Wait()
	fmt.Println("done", len(s) >= 1)
}
