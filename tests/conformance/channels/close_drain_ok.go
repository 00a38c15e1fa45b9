// Receiving from a closed channel drains the buffer (ok == true), then yields zero values with ok == false.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok)
	}
	s := make(chan string, 1)
	s <- "last"
	close(s)
	a, ok1 := <-s
	b, ok2 := <-s
	fmt.Printf("%q %v %q %v\n", a, ok1, b, ok2)
	p := make(chan point)
	close(p)
	pv, ok := <-p
	fmt.Println(pv, ok)
	e := make(chan error)
	close(e)
	ev, ok := <-e
	fmt.Println(ev == nil, ok)
	sl := make(chan []int)
	close(sl)
	slv := <-sl
	fmt.Println(slv == nil, len(slv))
	f := make(chan float64, 1)
	f <- 2.5
	close(f)
	fmt.Println(<-f, <-f, <-f)
}
