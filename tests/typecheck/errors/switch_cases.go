// errorcheck

// Expression switches: duplicate constant cases, cases of the wrong type,
// and switches on values that cannot be compared.

package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2: // ERROR "duplicate case 2 \(constant of type int\) in expression switch"
	case 3, 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch"
	}
	s := "a"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case \"a\" \(constant of type string\) in expression switch"
	}
	switch x {
	case "x": // ERROR "cannot convert \"x\" \(untyped string constant\) to (type )?int"
	}
	var f func()
	switch f { // a func may be switched on and compared with nil
	case nil:
	}
	var st struct{ a []int }
	switch st { // ERROR "cannot switch on st \(variable of type struct\{a \[\]int\}\)"
	}
	switch {
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	}
}
