// AfterFunc calls f after the duration in its own goroutine; its Timer's C is nil; Stop after f started returns false.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	done := make(chan time.Duration)
	t := time.AfterFunc(20*time.Millisecond, func() {
		done <- time.Since(start) // blocks until main receives: f has its own goroutine
	})
	fmt.Println("C is nil:", t.C == nil)
	d := <-done
	fmt.Println("ran after >= 20ms:", d >= 20*time.Millisecond)
	fmt.Println("Stop after run:", t.Stop())
	// Reset runs f again.
	fmt.Println("Reset after run:", t.Reset(10*time.Millisecond))
	<-done
	fmt.Println("ran again")
}
