// A field or method at a shallower embedding depth hides deeper ones with the same name.
package main

import "fmt"

type Inner struct{ X, Y int }

func (Inner) Who() string { return "inner" }

type Middle struct {
	Inner
	X string
}

func (Middle) Who() string { return "middle" }

type Outer struct {
	Middle
	Y float64
}

type A struct{ N int }
type B struct{ N int }
type Both struct {
	A
	B
	Z int
}

func main() {
	o := Outer{Middle{Inner{1, 2}, "mid"}, 3.5}
	fmt.Println(o.X, o.Y, o.Middle.Y, o.Inner.X, o.Middle.Inner.Y)
	fmt.Println(o.Who(), o.Inner.Who())
	b := Both{A{1}, B{2}, 3}
	// b.N would be ambiguous; the explicit paths work.
	fmt.Println(b.A.N, b.B.N, b.Z)
}
