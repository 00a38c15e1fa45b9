// The maps package (Go 1.21): Clone makes an independent copy (nil stays nil); Copy overwrites dst keys.
// gopp: requires go1.22
package main

import (
	"fmt"
	"maps"
)

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := maps.Clone(a)
	b["x"] = 100
	b["z"] = 3
	fmt.Println(a, b)
	var n map[string]int
	c := maps.Clone(n)
	fmt.Println(c == nil, len(c))
	dst := map[string]int{"x": 0, "w": 9}
	maps.Copy(dst, a)
	fmt.Println(dst)
}
