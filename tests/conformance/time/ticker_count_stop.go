// A Ticker sends a time every period, each later than the one before, until Stop; after Stop nothing more arrives.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(40 * time.Millisecond)
	prev := start
	for i := 1; i <= 3; i++ {
		v := <-tk.C
		fmt.Println("tick", i, "later than the previous:", v.After(prev))
		prev = v
	}
	tk.Stop()
	fmt.Println("3 ticks took >= 120ms:", time.Since(start) >= 120*time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after Stop (wrong)")
	case <-time.After(150 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}
	tk.Stop() // stopping twice is fine

	// time.Tick: the channel of a ticker that is never stopped.
	c := time.Tick(10 * time.Millisecond)
	for i := 0; i < 5; i++ {
		<-c
	}
	fmt.Println("5 ticks from Tick")
}
