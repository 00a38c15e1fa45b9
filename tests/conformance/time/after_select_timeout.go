// time.After in a select gives a timeout: it wins when nothing else is ready, and loses to a channel that is ready first.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	start := time.Now()
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout after >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	}

	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Hour):
		fmt.Println("timeout (wrong)")
	}

	late := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		late <- 8
	}()
	select {
	case v := <-late:
		fmt.Println("got", v, "before the timeout")
	case <-time.After(2 * time.Second):
		fmt.Println("timeout (wrong)")
	}

	// A loop with a timeout per round.
	work := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			work <- i
		}
	}()
	for {
		select {
		case v := <-work:
			fmt.Println("work", v)
			continue
		case <-time.After(50 * time.Millisecond):
			fmt.Println("idle: done")
		}
		break
	}
}
