// errorcheck

// Integer division and remainder by a constant zero, and constant
// floating-point division by zero.

package main

const zero = 0

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_ = x / zero // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	const c = 3 / 0 // ERROR "invalid operation: division by zero"
	x /= 0 // ERROR "invalid operation: division by zero"
	var f float64
	_ = f / 0 // a run-time float division by zero is fine
}
