// The comparable constraint permits == and != and use as map keys.
package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Uniq[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

type point struct{ x, y int }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]int{1, 2}, 3))
	fmt.Println(Index([]point{{1, 2}, {3, 4}}, point{3, 4}))
	fmt.Println(Uniq([]int{3, 1, 3, 2, 1}))
	fmt.Println(Uniq([]string{"x", "x"}))
	fmt.Println(Index([][2]int{{1, 1}}, [2]int{1, 1}))
}
