// Closing a closed channel panics with "close of closed channel".
package main

import "fmt"

func main() {
	ch := make(chan bool)
	close(ch)
	fmt.Println("once")
	close(ch)
	fmt.Println("twice")
}
