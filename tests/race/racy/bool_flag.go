// Race: a plain bool flag used to signal between goroutines (no happens-before edge).
package main

import (
	"fmt"
	"sync"
	"time"
)

var sawReady bool // keeps the racy read from being optimised away

func main() {
	ready := false
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		ready = true
	}()
	go func() {
		defer wg.Done()
		// Keeps the accesses apart in time (the detector can miss two
		// made at the same instant); sleeping does not synchronise.
		time.Sleep(10 * time.Millisecond)
		if ready {
			sawReady = true
		}
	}()
	wg.Wait()
	fmt.Println("done")
}
