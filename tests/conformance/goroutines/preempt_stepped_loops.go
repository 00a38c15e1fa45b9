// Preemption in long loops with tuple posts and steps other than one: goroutines spinning in them do not starve main even with GOMAXPROCS=1.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink1, sink2 int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for i, j := 0, 1<<62; i < j; i, j = i+1, j-1 {
			sink1 ^= i + j
		}
	}()
	go func() {
		for i := 0; i < 1<<62; i += 3 {
			sink2 ^= i
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran again")
}
