// Slicing or indexing a value whose type parameter has an array core type addresses the variable: the result outlives the call.
package main

import "fmt"

func Slice[A ~[4]int](a A) []int { return a[:] }

func Elem[A ~[4]int](a A) *int { return &a[2] }

func Copied[A ~[4]int](a A) []int {
	b := a
	b[0] = 100
	return b[1:3]
}

func clobber(n int) int {
	var pad [64]int
	for i := range pad {
		pad[i] = n*1000 + i
	}
	if n == 0 {
		return pad[3]
	}
	return clobber(n-1) + pad[5]
}

type quad [4]int

func main() {
	s := Slice([4]int{1, 2, 3, 4})
	p := Elem(quad{5, 6, 7, 8})
	c := Copied([4]int{9, 10, 11, 12})
	clobber(30)
	fmt.Println(s, *p, c, len(c), cap(c))
	s[0] = 40
	*p = 70
	fmt.Println(s, *p)
}
