// The maps package (Go 1.21): Equal compares keys and values; DeleteFunc removes matching entries.
// gopp: requires go1.22
package main

import (
	"fmt"
	"maps"
)

func main() {
	a := map[string]int{"a": 1, "b": 2}
	b := map[string]int{"b": 2, "a": 1}
	fmt.Println(maps.Equal(a, b))
	b["a"] = 0
	fmt.Println(maps.Equal(a, b))
	var empty map[string]int
	fmt.Println(maps.Equal(empty, map[string]int{}))
	m := map[int]string{1: "one", 2: "two", 3: "three", 4: "four"}
	maps.DeleteFunc(m, func(k int, v string) bool { return k%2 == 0 })
	fmt.Println(m, len(m))
	maps.DeleteFunc(m, func(k int, v string) bool { return len(v) > 3 })
	fmt.Println(m)
}
