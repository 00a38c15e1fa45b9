// A goroutine blocked in a select over several channels is woken by exactly one of them; the other senders stay blocked.
package main

import (
	"fmt"
	"time"
)

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	got := make(chan int)
	go func() {
		select {
		case v := <-a:
			got <- v
		case v := <-b:
			got <- v
		case v := <-c:
			got <- v
		}
	}()
	time.Sleep(50 * time.Millisecond) // let it block
	sent := make(chan int, 3)
	go func() { a <- 1; sent <- 1 }()
	go func() { b <- 2; sent <- 2 }()
	go func() { c <- 3; sent <- 3 }()
	v := <-got
	fmt.Println("select received one value:", v >= 1 && v <= 3)
	fmt.Println("that sender finished:", <-sent == v)
	// The two other sends are still waiting for a receiver: no value went to the finished select.
	total := v
	for i, ch := range []chan int{a, b, c} {
		if i+1 != v {
			total += <-ch
		}
	}
	fmt.Println("every value delivered once:", total == 6)
	<-sent
	<-sent
	fmt.Println("all senders finished")
}
