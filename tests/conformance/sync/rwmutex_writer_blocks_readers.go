// A writer blocked in RWMutex.Lock stops new readers (TryRLock fails) and gets the lock when the last reader leaves.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	events := make(chan string, 10)
	go func() {
		rw.Lock()
		events <- "writer has the lock"
		rw.Unlock()
		events <- "writer released"
	}()
	// Wait until the writer is pending: from then on new readers are refused.
	for rw.TryRLock() {
		rw.RUnlock()
		runtime.Gosched()
	}
	fmt.Println("a pending writer refuses TryRLock")
	readerDone := make(chan bool)
	go func() {
		rw.RLock() // waits behind the writer
		events <- "new reader got the lock"
		rw.RUnlock()
		readerDone <- true
	}()
	fmt.Println("releasing the first reader")
	rw.RUnlock()
	fmt.Println(<-events)
	fmt.Println(<-events)
	<-readerDone
	fmt.Println(<-events)
}
