// Preemption in long counted loops: goroutines spinning in counted loops that run for ever in practice (up, down, over a slice, with a short constant loop nested inside) do not starve main even with GOMAXPROCS=1.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// One sink per goroutine: the program has no data race (it runs clean
// under -race).
var sink1, sink2, sink3, sink4 int

func main() {
	runtime.GOMAXPROCS(1)
	n := 1 << 62
	go func() {
		for i := 0; i < n; i++ {
			sink1 ^= i * 7
		}
	}()
	go func() {
		for i := n; i > 0; i-- {
			sink2 ^= i * 5
		}
	}()
	big := make([]int, 1<<16)
	go func() {
		for r := 0; r < n; r++ {
			for _, v := range big {
				sink3 += v ^ r
			}
		}
	}()
	go func() {
		for i := 0; i < n; i++ {
			for k := 0; k < 64; k++ {
				sink4 += k ^ i
			}
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran again")
}
