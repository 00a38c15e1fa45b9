// Race: a map written from two goroutines with no synchronisation between them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m["a"] = 1
	}()
	go func() {
		defer wg.Done()
		// Keeps the two writes apart in time (simultaneous writes could
		// stop the program with "concurrent map writes"); sleeping does
		// not synchronise, so they race all the same.
		time.Sleep(10 * time.Millisecond)
		m["b"] = 2
	}()
	wg.Wait()
	fmt.Println("done", len(m) >= 1)
}
