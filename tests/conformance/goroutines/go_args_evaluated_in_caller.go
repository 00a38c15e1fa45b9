// go f(x) evaluates the function value and its arguments in the calling goroutine, before the new goroutine runs.
package main

import "fmt"

func arg(name string, v int) int {
	fmt.Println("evaluating", name)
	return v
}

type counter struct{ n int }

func (c counter) report(out chan<- int) { out <- c.n }

func main() {
	out := make(chan int)
	x := 1
	go func(v int) { out <- v }(arg("v", x))
	x = 2
	fmt.Println("received", <-out, "x is now", x)
	f := func(a, b int) { out <- a + b }
	g := f
	go g(arg("a", 10), arg("b", 20))
	g = nil
	fmt.Println("sum", <-out)
	c := counter{5}
	go c.report(out) // the receiver is copied now
	c.n = 99
	fmt.Println("method value saw", <-out)
	s := []int{1, 2, 3}
	go func(t []int, n int) { out <- len(t) + n }(s[:2], len(s))
	s = nil
	fmt.Println("slice", <-out)
}
