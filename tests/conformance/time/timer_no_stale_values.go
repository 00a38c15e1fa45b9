// Go 1.23 timers: once Stop or Reset returns, no value from before is received, and they return true while the value was not yet received.
// gopp: go1.23 semantics; Go 1.23 timer channels (Go 1.19 and 1.22 print false and receive stale values)
//
// (Expectations written by hand: Go 1.23 with a go1.23 module, i.e.
// GODEBUG asynctimerchan=0, prints this. Go 1.19 leaves the fired value in
// the channel's buffer, so its Stop and Reset return false and the stale
// value is received: "Stop: false", "value left: true", "Reset: false",
// "stale value: true".)
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(10 * time.Millisecond)
	time.Sleep(60 * time.Millisecond) // fired, value not received
	fmt.Println("Stop:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("value left:", true)
	default:
		fmt.Println("value left:", false)
	}

	t = time.NewTimer(10 * time.Millisecond)
	time.Sleep(60 * time.Millisecond) // fired, value not received
	start := time.Now()
	fmt.Println("Reset:", t.Reset(50*time.Millisecond))
	<-t.C
	fmt.Println("stale value:", time.Since(start) < 50*time.Millisecond)

	tk := time.NewTicker(10 * time.Millisecond)
	time.Sleep(60 * time.Millisecond) // a tick is waiting
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick left:", true)
	default:
		fmt.Println("tick left:", false)
	}
}
