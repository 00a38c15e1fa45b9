// Deleting map entries during range is allowed; a deleted entry not yet reached is never produced.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	visited := 0
	for k := range m {
		visited++
		for j := 0; j < 100; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println(visited, len(m))
	n := map[string]int{"a": 1, "b": 2, "c": 3}
	for k := range n {
		delete(n, k)
	}
	fmt.Println(len(n), n)
}
