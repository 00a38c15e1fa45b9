// Structs with comparable fields compare field by field with == (blank fields are ignored).
package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type W struct {
	A int
	_ int
	B float64
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "b"}
	fmt.Println(a == b, a == c, a != c)
	fmt.Println(W{A: 1, B: 2} == W{A: 1, B: 2})
	type N struct {
		P   P
		Arr [2]int
		I   interface{}
	}
	n1 := N{a, [2]int{1, 2}, "x"}
	n2 := N{b, [2]int{1, 2}, "x"}
	fmt.Println(n1 == n2)
	n2.I = 1
	fmt.Println(n1 == n2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
}
