// Main blocked sending on a full buffered channel nobody receives from: deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	fmt.Println("buffer full")
	ch <- 3
}
