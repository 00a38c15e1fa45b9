// The three for forms: condition only, three-clause, and infinite with break; continue runs the post statement.
package main

import "fmt"

func main() {
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	i := 0
	for {
		i++
		if i == 4 {
			break
		}
	}
	fmt.Println(i)
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, ",", b, " ")
	}
	fmt.Println()
	j := 0
	for ; ; j++ {
		if j == 3 {
			break
		}
	}
	fmt.Println(j)
}
