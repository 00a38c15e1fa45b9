// A select that chooses a send case on a closed channel panics with "send on closed channel".
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	var never chan int
	fmt.Println("selecting")
	select {
	case c <- 1:
		fmt.Println("sent")
	case <-never:
		fmt.Println("never")
	}
}
