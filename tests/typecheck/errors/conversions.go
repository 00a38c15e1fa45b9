// errorcheck

// Explicit conversions between types that are not convertible.

package main

type A struct{ x int }
type B struct{ y int }
type C struct{ x int }

func main() {
	s := "s"
	i := 1
	f := 1.5
	var bs []int
	_ = int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = string(bs) // ERROR "cannot convert bs \(variable of type \[\]int\) to type string"
	_ = bool(i) // ERROR "cannot convert i \(variable of type int\) to type bool"
	_ = A(B{}) // ERROR "cannot convert B\{\} \(value of type B\) to type A"
	_ = A(C{})
	_ = int(f)
	_ = []byte(i) // ERROR "cannot convert i \(variable of type int\) to type \[\]byte"
	var p *int
	_ = (*float64)(p) // ERROR "cannot convert p \(variable of type \*int\) to type \*float64"
	_ = int("7") // ERROR "cannot convert \"7\" \(untyped string constant\) to type int"
	_ = int(nil) // ERROR "cannot convert nil to type int"
}
