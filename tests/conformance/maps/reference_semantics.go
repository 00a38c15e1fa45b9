// A map value refers to shared storage: copies and function parameters see the same entries.
package main

import "fmt"

func add(m map[string]int, k string) {
	m[k] = len(k)
}

func reset(m map[string]int) {
	m = map[string]int{}
	m["reset"] = 1
}

func main() {
	m := map[string]int{}
	add(m, "hello")
	alias := m
	alias["x"] = 0
	fmt.Println(len(m), m["hello"], m)
	reset(m)
	fmt.Println(m)
	var n map[string]int
	n2 := n
	n = make(map[string]int)
	n["a"] = 1
	fmt.Println(n2 == nil, len(n))
	mm := make(map[string]int, 100)
	fmt.Println(len(mm))
}
