// A Ticker drops ticks for a slow receiver: however long the receiver is away, at most one tick is waiting when it comes back.
package main

import (
	"fmt"
	"time"
)

func main() {
	tk := time.NewTicker(10 * time.Millisecond)
	defer tk.Stop()
	time.Sleep(150 * time.Millisecond) // about 15 periods
	waiting := 0
	for {
		select {
		case <-tk.C:
			waiting++
			continue
		default:
		}
		break
	}
	fmt.Println("ticks waiting:", waiting)
	// Ticking goes on at the same period afterwards.
	start := time.Now()
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	fmt.Println("3 more ticks within a second:", time.Since(start) < time.Second)
}
