// Assigning to a key already present stores the key given as well as the
// value: +0 and -0 are one key, and a range shows the one assigned last
// (through float keys, interface keys and struct keys alike, and for
// op-assignments and ++).
package main

import (
	"fmt"
	"math"
)

type P struct {
	X   float64
	Tag string
}

func main() {
	negz := math.Copysign(0, -1)

	m := map[float64]int{0: 1}
	m[negz] = 2
	for k, v := range m {
		fmt.Println("float:", k, v, math.Signbit(k))
	}

	c := map[float64]int{}
	c[negz]++
	c[0]++
	c[negz] += 10
	for k, v := range c {
		fmt.Println("counter:", k, v, math.Signbit(k))
	}

	i := map[interface{}]string{0.0: "plus"}
	i[negz] = "minus"
	for k, v := range i {
		fmt.Println("interface:", k, v, math.Signbit(k.(float64)))
	}

	s := map[P]int{{0, "a"}: 1}
	s[P{negz, "a"}] = 2
	for k, v := range s {
		fmt.Printf("struct: %v %d %v\n", k, v, math.Signbit(k.X))
	}

	a := map[[2]float64]bool{{0, 1}: true}
	a[[2]float64{negz, 1}] = false
	for k, v := range a {
		fmt.Println("array:", k, v, math.Signbit(k[0]))
	}
	fmt.Println(len(m), len(c), len(i), len(s), len(a))
}
