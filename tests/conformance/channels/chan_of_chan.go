// Channels are values: a request carries its own reply channel (channels of channels).
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 5; i++ {
		rep := make(chan int)
		reqs <- request{i, rep}
		fmt.Println(i, <-rep)
	}
	close(reqs)
	cc := make(chan chan string, 2)
	a := make(chan string, 1)
	b := make(chan string, 1)
	cc <- a
	cc <- b
	(<-cc) <- "to a"
	(<-cc) <- "to b"
	fmt.Println(<-a, "|", <-b)
}
