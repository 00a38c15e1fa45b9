// Entering a select evaluates every channel operand and send value exactly once, in source order, before choosing.
package main

import "fmt"

func ch(name string, c chan int) chan int {
	fmt.Println("channel", name)
	return c
}

func val(v int) int {
	fmt.Println("value", v)
	return v
}

func main() {
	a := make(chan int) // no receiver: only b's case is ready
	b := make(chan int, 1)
	var n chan int
	b <- 9
	select {
	case ch("a", a) <- val(1):
		fmt.Println("sent to a")
	case v := <-ch("b", b):
		fmt.Println("received", v, "from b")
	case ch("nil", n) <- val(3):
		fmt.Println("nil")
	}
	fmt.Println(len(a), len(b))
}
