// Labeled break and continue act on the named enclosing loop; unlabeled ones act on the innermost.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
rows:
	for _, row := range [][]int{{1, 2}, {3, -1, 4}, {5}} {
		for _, v := range row {
			if v < 0 {
				fmt.Println("negative, skipping rest of row")
				continue rows
			}
			fmt.Println(v)
		}
	}
	n := 0
loop:
	for {
		switch {
		case n > 2:
			break loop
		default:
			n++
		}
	}
	fmt.Println("n =", n)
}
