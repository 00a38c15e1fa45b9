// The clear builtin (Go 1.21) zeroes every element of a slice but keeps its length and aliasing.
// gopp: requires go1.22
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4}
	b := a[1:3]
	clear(b)
	fmt.Println(a, len(b))
	s := []string{"x", "y"}
	clear(s)
	fmt.Printf("%q %d\n", s, len(s))
	var n []int
	clear(n)
	fmt.Println(n == nil, len(n))
}
