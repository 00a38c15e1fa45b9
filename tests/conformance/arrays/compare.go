// Arrays of comparable elements compare with == element by element; they can be map keys.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	s := [2]string{"x", "y"}
	fmt.Println(s == [2]string{"x", "y"}, s == [...]string{"x", ""})
	type P struct{ X, Y int }
	ps := [2]P{{1, 2}, {3, 4}}
	fmt.Println(ps == [2]P{{1, 2}, {3, 4}})
	f := [2]float64{0, 1}
	g := [2]float64{-0.0, 1}
	fmt.Println(f == g)
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	var e1, e2 [0]int
	fmt.Println(e1 == e2)
}
