// range with only the index (or nothing) over strings, slices and maps; the range expression is evaluated once.
package main

import "fmt"

func items() []string {
	fmt.Println("items called")
	return []string{"a", "b", "c"}
}

func main() {
	for i := range items() {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range "aé" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	count := 0
	for range m {
		count++
	}
	sum := 0
	for k := range m {
		sum += m[k]
	}
	fmt.Println(count, sum)
	var i int
	for i = range []int{5, 6, 7} {
	}
	fmt.Println("last index", i)
	var k, v int
	for k, v = range []int{5, 6, 7} {
	}
	fmt.Println(k, v)
	var nilSlice []int
	for range nilSlice {
		fmt.Println("never")
	}
}
