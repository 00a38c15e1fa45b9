// append within capacity writes into the shared backing array, so two appends to one slice can collide.
package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c)
	fmt.Println(b[3], c[3], len(a), len(b))
	x := []int{1, 2, 3}
	y := x[:2]
	y = append(y, 100)
	fmt.Println(x, y)
	full := []int{1, 2, 3}
	z := full[:3]
	z = append(z, 4)
	z[0] = 0
	fmt.Println(full, z)
}
