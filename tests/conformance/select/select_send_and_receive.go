// A select may mix send and receive cases; whichever partner is ready proceeds.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			in <- i
			fmt.Println("got back", <-out)
		}
		quit <- true
	}()
	pending := []int{}
	for {
		var sendc chan int
		next := 0
		if len(pending) > 0 {
			sendc = out
			next = pending[0]
		}
		select {
		case v := <-in:
			fmt.Println("received", v)
			pending = append(pending, v*100)
		case sendc <- next:
			pending = pending[1:]
		case <-quit:
			fmt.Println("quit, pending", len(pending))
			return
		}
	}
}
