// Sending on a closed channel panics with "send on closed channel" (exit status 2).
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("closed")
	ch <- 1
	fmt.Println("unreachable")
}
