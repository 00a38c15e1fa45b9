// Directional channel types: chan T converts to <-chan T and chan<- T implicitly; %T shows the direction.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	total := 0
	for v := range in {
		total += v
	}
	done <- total
}

type Source <-chan string

func words() Source {
	c := make(chan string, 3)
	c <- "x"
	c <- "y"
	close(c)
	return c
}

func main() {
	ch := make(chan int)
	done := make(chan int)
	go producer(ch, 10)
	go consumer(ch, done)
	fmt.Println(<-done)
	var r <-chan int = ch
	var s chan<- int = ch
	fmt.Printf("%T %T %T\n", ch, r, s)
	for w := range words() {
		fmt.Print(w)
	}
	fmt.Println()
	fmt.Printf("%T\n", words())
	var cc chan<- chan<- int
	fmt.Printf("%T %v\n", cc, cc == nil)
	var x chan (<-chan int)
	fmt.Printf("%T\n", x)
}
