// Go 1.23 timer channels are unbuffered: len and cap are 0, also while a fired value waits to be received.
// gopp: go1.23 semantics; Go 1.23 timer channels (Go 1.19 and 1.22 print cap 1, and len 1 once fired)
//
// (Expectations written by hand from Go 1.23's runtime: a timer channel
// keeps a one-slot buffer, but chanlen and chancap report 0 for it unless
// GODEBUG asynctimerchan=1. Go 1.19 prints "cap 1" throughout and "len 1"
// for a fired, unreceived value.)
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("pending timer: len", len(t.C), "cap", cap(t.C))
	t.Reset(time.Millisecond)
	time.Sleep(30 * time.Millisecond) // fired, not received
	fmt.Println("fired timer: len", len(t.C), "cap", cap(t.C))
	fmt.Println("value still received:", (<-t.C).IsZero() == false)

	tk := time.NewTicker(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("ticker: len", len(tk.C), "cap", cap(tk.C))
	<-tk.C
	tk.Stop()

	after := time.After(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("After: len", len(after), "cap", cap(after))
	<-after

	made := make(chan time.Time, 1) // an ordinary channel of Time keeps its buffer
	made <- time.Time{}
	fmt.Println("made: len", len(made), "cap", cap(made))
}
