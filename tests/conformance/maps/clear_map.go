// The clear builtin (Go 1.21) deletes every entry of a map, even NaN keys that delete cannot reach.
// gopp: requires go1.22
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)
	f := map[float64]int{}
	f[math.NaN()] = 1
	f[math.NaN()] = 2
	f[1] = 3
	delete(f, math.NaN())
	fmt.Println(len(f))
	clear(f)
	fmt.Println(len(f))
	var n map[int]int
	clear(n)
	fmt.Println(n == nil)
}
