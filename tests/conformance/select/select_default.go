// A select with a default never blocks: default runs when no case is ready (including nil channels).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
	ch <- 5
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full, not sent")
	}
	unbuf := make(chan int)
	select {
	case unbuf <- 1:
		fmt.Println("sent unbuffered")
	default:
		fmt.Println("no receiver waiting")
	}
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("sent to nil")
	case <-nilc:
		fmt.Println("received from nil")
	default:
		fmt.Println("nil channels are never ready")
	}
	select {
	default:
		fmt.Println("only default")
	}
	<-full
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case full <- i:
			n++
		default:
		}
	}
	fmt.Println("sends that fit:", n, len(full))
}
