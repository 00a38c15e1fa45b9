// Assigning an array through pointers obtained by converting overlapping slices of one array (`*(*[32]byte)(y[4:36]) = *(*[32]byte)(y[2:34])`) assigns the old elements of the right side, as copy does, in either direction of overlap.
package main

import "fmt"

func main() {
	var x [16]byte
	for i := range x {
		x[i] = byte(i)
	}
	y, z := x, x

	copy(x[4:12], x[2:10])
	*(*[8]byte)(y[4:12]) = *(*[8]byte)(y[2:10])
	fmt.Println(x == y, y)

	*(*[8]byte)(z[2:10]) = *(*[8]byte)(z[4:12])
	fmt.Println(z)

	words := []int64{1, 2, 3, 4, 5, 6, 7, 8}
	p := (*[6]int64)(words[1:7])
	q := (*[6]int64)(words[0:6])
	*p = *q
	fmt.Println(words)

	_ = *(*[2]int64)(words) // evaluated (a length check), assigned to nothing
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = *(*[9]int64)(words)
}
