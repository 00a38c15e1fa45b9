// A slice of slices holds slice headers; rows can share one backing array or have distinct lengths.
package main

import "fmt"

func main() {
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i*10 + j
		}
	}
	fmt.Println(grid, len(grid[2]))
	flat := make([]int, 6)
	m := [][]int{flat[0:3], flat[3:6]}
	m[0][2] = 5
	m[1][0] = 6
	fmt.Println(flat, m)
	row := grid[1]
	grid[1] = []int{-1}
	fmt.Println(row, grid[1])
	row[0] = 100
	fmt.Println(grid)
	var jag [][]string
	jag = append(jag, []string{"a"}, nil, []string{"b", "c"})
	fmt.Println(jag, len(jag), jag[1] == nil)
}
