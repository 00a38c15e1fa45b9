// A select whose channels are all nil and that has no default blocks forever: deadlock.
package main

import "fmt"

func main() {
	var a chan int
	var b chan string
	fmt.Println("before")
	select {
	case <-a:
		fmt.Println("a")
	case b <- "x":
		fmt.Println("b")
	}
}
