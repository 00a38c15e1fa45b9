// errorcheck

// Unary and binary operators applied to operands whose types do not
// define them.

package main

type S struct{ a int }

func main() {
	x := 1
	s := "s"
	b := true
	var st S
	_ = !x  // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = -s  // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = ^b  // ERROR "invalid operation: operator \^ not defined on b \(variable of type bool\)"
	_ = -b  // ERROR "invalid operation: operator - not defined on b \(variable of type bool\)"
	_ = b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = st + st // ERROR "invalid operation: operator \+ not defined on st \(variable of type S\)"
	f := 1.5
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = x &^ 1.5 // ERROR "1.5 \(untyped float constant\) truncated to int"
}
