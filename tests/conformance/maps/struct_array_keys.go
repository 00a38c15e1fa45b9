// Structs and arrays of comparable fields are map keys compared by value.
package main

import "fmt"

type point struct{ x, y int }

type key struct {
	name string
	p    point
}

func main() {
	m := map[point]string{}
	m[point{1, 2}] = "a"
	m[point{1, 2}] = "b"
	m[point{2, 1}] = "c"
	fmt.Println(len(m), m[point{1, 2}], m[point{0, 0}] == "")
	k := map[key]int{}
	k[key{"a", point{1, 1}}] = 1
	p := point{1, 1}
	fmt.Println(k[key{"a", p}], k[key{"b", p}])
	arr := map[[3]int]int{}
	arr[[3]int{1, 2, 3}]++
	arr[[3]int{1, 2, 3}]++
	arr[[3]int{3, 2, 1}]++
	fmt.Println(len(arr), arr[[3]int{1, 2, 3}])
	type anon = struct{ a, b string }
	am := map[anon]bool{{"x", "y"}: true}
	fmt.Println(am[anon{"x", "y"}], am[struct{ a, b string }{"x", "y"}])
	fmt.Println(m)
}
