// Race: an interface variable written by one goroutine while another reads it.
package main

import (
	"fmt"
	"sync"
	"time"
)

type shape interface{ area() int }

type square struct{ side int }

func (s square) area() int { return s.side * s.side }

var sink int // keeps the racy read from being optimised away

func main() {
	var sh shape = square{1}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		sh = square{2}
	}()
	go func() {
		defer wg.Done()
		// Keeps the accesses apart in time (the detector can miss two
		// made at the same instant); sleeping does not synchronise.
		time.Sleep(10 * time.Millisecond)
		sink = sh.area()
	}()
	wg.Wait()
	fmt.Println("done")
}
