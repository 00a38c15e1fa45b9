// errorcheck

// Indirection of non-pointers, calls of non-functions, and methods
// selected through a pointer to an interface.

package main

type I interface{ M() }

type T struct{}

func (T) M() {}

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	s := "str"
	_ = *s // ERROR "invalid operation: cannot indirect s \(variable of type string\)"
	x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	s.Len() // ERROR "s.Len undefined \(type string has no field or method Len\)"
	var i I = T{}
	p := &i
	p.M() // ERROR "p.M undefined \(type \*I is pointer to interface, not interface\)"
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
	"f"() // ERROR "invalid operation: cannot call non-function \"f\" \(untyped string constant\)"
	var t T
	t.M()()  // ERROR "t.M\(\) \(no value\) used as value"
}
