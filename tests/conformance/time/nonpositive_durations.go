// Timers, After and AfterFunc with zero or negative durations fire at once (but still asynchronously); Sleep of them returns at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	<-time.NewTimer(0).C
	<-time.NewTimer(-time.Hour).C
	<-time.After(0)
	<-time.After(-1)
	done := make(chan bool)
	time.AfterFunc(0, func() { done <- true })
	<-done
	time.AfterFunc(-time.Second, func() { done <- true })
	<-done
	time.Sleep(0)
	time.Sleep(-time.Hour)
	t := time.NewTimer(time.Hour)
	fmt.Println("Reset(-1) of pending:", t.Reset(-1))
	<-t.C
	fmt.Println("all fired promptly:", time.Since(start) < 10*time.Second)
	// The minimum duration does not overflow the deadline.
	t2 := time.NewTimer(-1 << 63)
	<-t2.C
	// Neither does the maximum.
	t3 := time.NewTimer(1<<63 - 1)
	fmt.Println("max timer pending:", t3.Stop())
}
