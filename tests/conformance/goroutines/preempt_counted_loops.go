// Preemption with short counted loops: a goroutine spinning in an endless outer loop around a short constant-bound inner loop, or in a counted loop that wraps around (uint8 <= 255 never ends), does not starve main even with GOMAXPROCS=1.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// One sink per goroutine: the program has no data race (it runs clean
// under -race).
var sink1, sink2, sink3 int

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
			for i := 0; i < 64; i++ {
				sink1 += i
			}
		}
	}()
	go func() {
		for i := uint8(0); i <= 255; i++ {
			sink2 += int(i)
		}
	}()
	go func() {
		for i := int8(0); i < 127; i += 100 {
			sink3 -= int(i)
		}
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main ran again")
}
