// Race: a slice element written by one goroutine while another goroutine reads it.
package main

import (
	"fmt"
	"sync"
	"time"
)

var sink int // keeps the racy read from being optimised away

func main() {
	s := make([]int, 8)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		s[3] = 42
	}()
	go func() {
		defer wg.Done()
		// Keeps the accesses apart in time (the detector can miss two
		// made at the same instant); sleeping does not synchronise.
		time.Sleep(10 * time.Millisecond)
		sink = s[3]
	}()
	wg.Wait()
	fmt.Println("done")
}
