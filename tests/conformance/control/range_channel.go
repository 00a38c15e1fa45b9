// range over a closed buffered channel receives the buffered values in FIFO order, then ends.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	for i := 1; i <= 3; i++ {
		ch <- i * 10
	}
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for v := range ch {
		fmt.Println(v)
	}
	v, ok := <-ch
	fmt.Println(v, ok, len(ch))
	sc := make(chan string, 2)
	sc <- "a"
	select {
	case s := <-sc:
		fmt.Println("got", s)
	default:
		fmt.Println("empty")
	}
	select {
	case s := <-sc:
		fmt.Println("got", s)
	default:
		fmt.Println("empty")
	}
}
