// errorcheck

// Binary operations whose operands have different types.

package main

type MyInt int

func main() {
	var i int
	var s string
	var f float64
	var m MyInt
	var i32 int32
	_ = i + s   // ERROR "invalid operation: i \+ s \(mismatched types int and string\)"
	_ = i * f   // ERROR "invalid operation: i \* f \(mismatched types int and float64\)"
	_ = i == m  // ERROR "invalid operation: i == m \(mismatched types int and MyInt\)"
	_ = i32 - i // ERROR "invalid operation: i32 - i \(mismatched types int32 and int\)"
	_ = s < f   // ERROR "invalid operation: s < f \(mismatched types string and float64\)"
	_ = i + "a" // ERROR "invalid operation: i \+ \"a\" \(mismatched types int and untyped string\)"
	_ = i && i  // ERROR "operator && not defined on i \(variable of type int\)"
}
