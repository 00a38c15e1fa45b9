// Passing an array to a function copies it; passing a pointer to it does not.
package main

import "fmt"

func set(a [3]int) [3]int {
	a[0] = 42
	return a
}

func setPtr(a *[3]int) {
	a[0] = 42
}

func main() {
	x := [3]int{1, 2, 3}
	y := set(x)
	fmt.Println(x, y)
	setPtr(&x)
	fmt.Println(x)
	f := func(a [2][]int) { a[0][0] = 7; a[1] = nil }
	z := [2][]int{{1}, {2}}
	f(z)
	fmt.Println(z)
}
