// Type inference uses a constraint's core type also when it has several
// terms: ~chan T | ~<-chan T has core type <-chan T, so an argument of
// type chan int or <-chan int (or a named channel type) gives T = int.
package main

import "fmt"

func Drain[C ~chan T | ~<-chan T, T any](c C) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Fill[C ~chan T | ~chan<- T, T any](c C, vs ...T) {
	for _, v := range vs {
		c <- v
	}
}

type Words chan string

func main() {
	c := make(chan int, 3)
	Fill(c, 1, 2, 3)
	close(c)
	fmt.Println(Drain(c))

	d := make(chan int, 2)
	var send chan<- int = d
	Fill(send, 4, 5)
	close(d)
	var recv <-chan int = d
	fmt.Println(Drain(recv))

	w := make(Words, 2)
	Fill(w, "a", "b")
	close(w)
	got := Drain(w)
	fmt.Printf("%T %q\n", got, got)
}
