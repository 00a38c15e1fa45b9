// Goroutines that start goroutines: a tree of 3^7 leaves reports its sum up through channels.
package main

import "fmt"

func node(depth, id int, out chan<- int) {
	if depth == 0 {
		out <- id
		return
	}
	c := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go node(depth-1, id*3+i, c)
	}
	out <- <-c + <-c + <-c
}

func main() {
	out := make(chan int)
	go node(7, 0, out)
	n := 2187
	fmt.Println(<-out, n*(n-1)/2)
}
