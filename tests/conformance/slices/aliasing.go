// Slices of the same array share elements: writes through one are visible through the others.
package main

import "fmt"

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 99
	fmt.Println(a, b, len(b), cap(b))
	c := b[1:4]
	c[2] = 77
	fmt.Println(a, c)
	d := a
	d[0] = -1
	fmt.Println(a[0], d[0])
	e := a[:0]
	e = append(e, 42)
	fmt.Println(a)
}
