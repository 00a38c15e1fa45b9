// Closures capture variables, not values: they see later assignments and can modify the variable.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	x := 1
	f := func() int { return x * 10 }
	x = 2
	fmt.Println(f())
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x, f())
	next, reset := counter()
	fmt.Println(next(), next())
	reset()
	fmt.Println(next())
	next2, _ := counter()
	fmt.Println(next2(), next())
}
