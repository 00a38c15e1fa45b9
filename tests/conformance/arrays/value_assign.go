// Arrays are values: assignment copies all elements.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	type S struct{ arr [2]string }
	s1 := S{[2]string{"x", "y"}}
	s2 := s1
	s2.arr[1] = "z"
	fmt.Println(s1, s2)
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[0]
	row[0] = 9
	fmt.Println(grid, row)
	var zero [4]bool
	fmt.Println(zero, len(zero))
}
