// errorcheck

// Shifts: non-integer operands and counts, negative and huge constant
// counts, and untyped constants shifted into floats.

package main

func main() {
	var f float64
	var s string
	var i int
	var u uint
	_ = f << 2 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = i << f // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	_ = i << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	_ = s >> 1 // ERROR "invalid operation: shifted operand s \(variable of type string\) must be integer"
	const c = 1 << 1000000 // ERROR "invalid operation: invalid shift count 1000000 \(untyped int constant\)"
	var g float64 = 1 << u // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer|invalid operation: 1 << u \(shift of type float64\)"
	_, _ = g, c
}
