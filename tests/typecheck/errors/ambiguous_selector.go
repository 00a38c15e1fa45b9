// errorcheck

// Selectors that are ambiguous because the same name is promoted at the
// same depth from two embedded fields.

package main

type A struct{ X int }

func (A) M() {}

type B struct{ X int }

func (B) M() {}

type C struct {
	A
	B
}

type D struct {
	C
	X string // shadows the ambiguous C.X: no error
}

type I interface{ M() }

func main() {
	var c C
	_ = c.X // ERROR "ambiguous selector c.X"
	c.M()   // ERROR "ambiguous selector c.M"
	_ = c.A.X
	var d D
	_ = d.X
	d.M() // ERROR "ambiguous selector d.M"
	var i I = c // ERROR "cannot use c \(variable of type C\) as (type I|I value) in variable declaration"
	_ = i
}
