// Each AfterFunc function runs in its own goroutine: one may block waiting for another, and many run concurrently.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	handoff := make(chan string)
	result := make(chan string)
	// The first function blocks until the second, which fires later, sends.
	time.AfterFunc(10*time.Millisecond, func() { result <- "first got " + <-handoff })
	time.AfterFunc(40*time.Millisecond, func() { handoff <- "hello" })
	fmt.Println(<-result)

	var wg sync.WaitGroup
	var mu sync.Mutex
	n := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		time.AfterFunc(time.Duration(i%10)*time.Millisecond, func() {
			mu.Lock()
			n++
			mu.Unlock()
			wg.Done()
		})
	}
	wg.Wait()
	fmt.Println("ran:", n)
}
