// The min and max builtins and the cmp package (Go 1.21): mixed constants, strings, NaN propagation.
// gopp: requires go1.22
package main

import (
	"cmp"
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("apple", "banana"))
	x, y := 7, -7
	fmt.Println(min(x, y), max(x, y, 0))
	fmt.Println(math.IsNaN(min(1.0, math.NaN())), math.IsNaN(max(math.NaN(), 1.0)))
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(3.0, 3.0))
	fmt.Println(cmp.Compare(math.NaN(), 0), cmp.Less(math.NaN(), 0))
	fmt.Println(cmp.Or(0, 0, 5, 6), cmp.Or("", "x"))
}
