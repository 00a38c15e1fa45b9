// A union constraint lets generic code use operators common to every type in the set.
package main

import "fmt"

type Number interface {
	int | int64 | float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Ordered interface {
	~int | ~float64 | ~string
}

func Less[T Ordered](a, b T) bool { return a < b }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{0.5, 0.25}), Sum([]int64{1 << 40, 1}))
	fmt.Println(Max(3, 7), Max(2.5, -1.0), Max("apple", "banana"))
	fmt.Println(Less("Z", "a"), Less(2.0, 1.5))
	fmt.Println(Sum[float64](nil))
}
