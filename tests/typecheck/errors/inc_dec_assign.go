// errorcheck

// Increment, decrement and assignment operations on operands of the
// wrong type, and compound assignments that do not type-check.

package main

func main() {
	s := "a"
	b := true
	var p *int
	x := 1
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	p++ // ERROR "invalid operation: p\+\+ \(non-numeric type \*int\)"
	x += "a" // ERROR "invalid operation: x \+= \"a\" \(mismatched types int and untyped string\)"
	x <<= 1.5 // ERROR "1.5 \(untyped float constant\) truncated to uint"
}
