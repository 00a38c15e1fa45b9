// The slices package (Go 1.21): Sort, Index, Contains, Reverse, Max, Min, BinarySearch.
// gopp: requires go1.22
package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Index(s, 1), slices.Index(s, 7), slices.Contains(s, 9), slices.Contains(s, 8))
	fmt.Println(slices.Max(s), slices.Min(s))
	slices.Sort(s)
	fmt.Println(s)
	i, found := slices.BinarySearch(s, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(s, 7)
	fmt.Println(i, found)
	slices.Reverse(s)
	fmt.Println(s)
	words := []string{"pear", "fig", "apple"}
	slices.Sort(words)
	fmt.Println(words, slices.Index(words, "fig"))
}
