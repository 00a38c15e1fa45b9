// Initialization follows references through functions and methods; independent variables go in declaration order.
package main

import "fmt"

var (
	x1 = trace("x1", y1)
	y1 = trace("y1", 1)
	z1 = trace("z1", 2)
)

var w = computeW()

func computeW() int { return trace("w", k.get()) }

type K struct{ v int }

func (k K) get() int { return k.v + z1 }

var k = K{v: trace("k", 40)}

var s1, s2 = pair()

func pair() (int, int) {
	fmt.Println("pair")
	return 1, 2
}

func trace(name string, v int) int {
	fmt.Println(name, "=", v)
	return v
}

func main() {
	fmt.Println(x1, y1, z1, w, k.v, s1, s2)
}
