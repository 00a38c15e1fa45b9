// A generic function can be explicitly instantiated into an ordinary function value; partial type arguments work.
package main

import (
	"fmt"
	"strconv"
)

func Convert[To, From any](xs []From, f func(From) To) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Zero[T any]() T {
	var z T
	return z
}

func Max[T int | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	maxInt := Max[int]
	fmt.Printf("%T %v\n", maxInt, maxInt(3, 9))
	fs := Convert[string]([]int{1, 20}, strconv.Itoa)
	fmt.Printf("%q\n", fs)
	fmt.Printf("%v %q %v %v\n", Zero[int](), Zero[string](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Printf("%#v\n", Zero[struct{ A int }]())
}
