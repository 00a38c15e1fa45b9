// A for loop's condition and post statement are ordered as statements of their own each iteration: their calls run first, then the plain operands are read.
package main

import "fmt"

var x = 0

func bump() int { x++; return 1 }

var s = []int{1}

func grow() int { s = append(s, 0); return 0 }
func first(n, _ int) int { return n }

func main() {
	n := 0
	for x+bump() < 6 {
		n++
	}
	fmt.Println(n, x)

	x = 0
	total := 0
	for i := 0; i < 3; i, total = i+1, total+x+bump() {
	}
	fmt.Println(total, x)

	x = 0
	sum := 0
	for i := 0; i < 3; sum = sum + x*10 + bump() {
		i++
	}
	fmt.Println(sum, x)

	var lens []int
	for first(len(s), grow()) < 4 {
		lens = append(lens, len(s))
	}
	fmt.Println(lens)
}
