// Functions are first-class values: passed, returned, composed and stored in data structures.
package main

import (
	"fmt"
	"strings"
)

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func adder(n int) func(int) int { return func(x int) int { return x + n } }

type op func(a, b int) int

func main() {
	double := func(x int) int { return x * 2 }
	inc := adder(1)
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5))
	fmt.Println(apply([]int{1, 2, 3}, compose(inc, inc)))
	ops := map[string]op{"+": func(a, b int) int { return a + b }, "-": func(a, b int) int { return a - b }}
	fmt.Println(ops["+"](3, 4), ops["-"](3, 4))
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fmt.Println(func(a ...string) string { return strings.Join(a, "+") }("x", "y"))
	fmt.Printf("%T\n", compose)
}
