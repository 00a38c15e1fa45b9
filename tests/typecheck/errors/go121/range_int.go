// errorcheck
// gopp: requires go1.22

// Range over an integer (Go 1.22): too many iteration variables, operands
// that are not integers, and the type of the iteration variable. Go 1.19
// rejects every range over an integer, so this file cannot be checked with
// Go 1.19's gc; the regexps follow current go/types (types2) wording
// (stmt.go: "range over %s permits only one iteration variable", "cannot
// range over %s").

package main

func main() {
	for i, j := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	for range 1.5 { // ERROR "cannot range over 1.5 \(untyped float constant( 1.5)?\)"
	}
	for i := range 10 {
		var s string = i // ERROR "cannot use i \(variable of type int\) as string value in variable declaration"
		_ = s
	}
	const n uint8 = 3
	for i := range n {
		var x int = i // ERROR "cannot use i \(variable of type uint8\) as int value in variable declaration"
		_ = x
	}
	var f float64
	for range f { // ERROR "cannot range over f \(variable of type float64\)"
	}
	for i := range 3 { // ERROR "declared and not used: i"
	}
}
