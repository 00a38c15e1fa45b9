// Race: an unsynchronised counter n++ incremented by several goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		delay := time.Duration(i) * 5 * time.Millisecond
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Staggered starts keep the increments apart in time (the
			// detector can miss two accesses made at the same instant);
			// sleeping does not synchronise, so they race all the same.
			time.Sleep(delay)
			n++
		}()
	}
	wg.Wait()
	fmt.Println("done")
}
