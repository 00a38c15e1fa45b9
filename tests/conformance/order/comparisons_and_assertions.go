// && and || are evaluated at their place among the calls; a struct or array compared from a local is copied once both operands are evaluated; an interface compared with a value, and a type assertion to a type stored directly in an interface, are read after the calls.
package main

import "fmt"

var x = 1

func zeroX() int { x = 0; return 0 }
func h(b bool, _ int) { fmt.Println(b) }

type P struct{ A, B int }
type PS struct{ p *int }

func main() {
	y := 1
	h(x > 0 && y > 0, zeroX())
	x = 1
	h(x > 0 || y > 5, zeroX())

	st, t := P{1, 1}, P{1, 1}
	mod := func() int { st = P{2, 2}; return 0 }
	h(st == t, mod())
	st = P{1, 1}
	fl := func() P { st = P{5, 6}; return P{5, 6} }
	fmt.Println(st == fl())
	v := 1
	modv := func() int { v = 2; return 0 }
	h(t == P{v, 1}, modv())
	arr := [2]int{1, 2}
	moda := func() int { arr[0] = 9; return 0 }
	h(arr == [2]int{1, 2}, moda())

	var i interface{} = P{1, 1}
	st = P{1, 1}
	h(i == st, mod())

	one, two := 1, 2
	var d interface{} = PS{&one}
	modd := func() int { d = PS{&two}; return 0 }
	fmt.Println(*d.(PS).p, modd())
	var n interface{} = 1
	modn := func() int { n = 2; return 0 }
	fmt.Println(n.(int), modn())
}
