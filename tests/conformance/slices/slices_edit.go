// The slices package (Go 1.21): Equal, Insert, Delete, Compact, IndexFunc, SortFunc, Clone.
// gopp: requires go1.22
package main

import (
	"fmt"
	"slices"
)

func main() {
	a := []int{1, 2, 3}
	b := slices.Clone(a)
	b[0] = 10
	fmt.Println(a, b, slices.Equal(a, b), slices.Equal(a, []int{1, 2, 3}))
	a = slices.Insert(a, 1, 7, 8)
	fmt.Println(a)
	a = slices.Delete(a, 0, 2)
	fmt.Println(a)
	c := []int{1, 1, 2, 2, 2, 3, 1}
	c = slices.Compact(c)
	fmt.Println(c)
	fmt.Println(slices.IndexFunc(c, func(x int) bool { return x > 1 }))
	d := []string{"ccc", "a", "bb"}
	slices.SortFunc(d, func(x, y string) int { return len(x) - len(y) })
	fmt.Println(d)
	fmt.Println(slices.Equal([]int(nil), []int{}))
}
