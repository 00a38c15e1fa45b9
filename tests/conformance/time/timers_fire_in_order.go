// Timers made in any order fire in deadline order; many goroutines can block on timer channels at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	for _, ms := range []int{120, 20, 90, 50, 150} {
		go func(ms int) {
			t := time.NewTimer(time.Duration(ms) * time.Millisecond)
			<-t.C
			out <- ms
		}(ms)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	// 1000 goroutines each waiting on its own timer.
	done := make(chan bool)
	for i := 0; i < 1000; i++ {
		go func(i int) {
			<-time.After(time.Duration(i%20) * time.Millisecond)
			done <- true
		}(i)
	}
	n := 0
	for i := 0; i < 1000; i++ {
		if <-done {
			n++
		}
	}
	fmt.Println("woken:", n)
}
