// runtime.GC: an object that only a call which has returned pointed to is unreachable; its finalizer runs however deep that call was.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type obj struct{ x [4]int }

// deep allocates a finalizable object n calls down and drops it before
// returning.
func deep(n int, done chan int) int {
	if n == 0 {
		o := &obj{}
		runtime.SetFinalizer(o, func(o *obj) { done <- 1 })
		return o.x[0]
	}
	var pad [8]*obj
	return deep(n-1, done) + len(pad)
}

func main() {
	finalized := 0
	for depth := 0; depth < 30; depth += 3 {
		done := make(chan int, 1)
		deep(depth, done)
		runtime.GC()
		select {
		case <-done:
			finalized++
		case <-time.After(time.Second):
			fmt.Println("not finalized after a call of depth", depth)
		}
	}
	fmt.Println("finalized", finalized, "of 10")
}
