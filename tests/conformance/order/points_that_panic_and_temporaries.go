// An order point that can panic without calling (x.(T), s[:n], boxing a division) panics before a later call runs; an element of a call's result is boxed in place, after the calls; a field promoted through an embedded pointer is assigned through the pointer as it is after the calls.
package main

import "fmt"

var calls int

func called() int { calls++; return 0 }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover(), "calls:", calls) }()
	f()
}

var k = 0

func getArr() [2]bool { return [2]bool{true, false} }
func setK() int       { k = 1; return 0 }

type E struct{ f int }
type S struct{ *E }

func main() {
	var i interface{} = 1
	try("assert", func() { fmt.Println(i.(string), called()) })
	s := []int{1}
	n := 10
	try("slice", func() { fmt.Println(s[:n], called()) })
	zero := 0
	var b int8 = 1
	try("divide", func() { fmt.Println(b/int8(zero), called()) })

	fmt.Println(getArr()[k], setK())

	old, nw := &E{}, &E{}
	v := S{old}
	var x int
	v.f, x = func() int { v.E = nw; return 5 }(), 1
	fmt.Println(old.f, nw.f, x)
}
