// errorcheck

// Type switches: impossible cases, duplicate cases, switches on values
// that are not interfaces, and misuse of the type switch guard.

package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

type U struct{}

func main() {
	var i I
	switch i.(type) {
	case T: // ERROR "impossible type switch case: i \(variable of type I\) cannot have dynamic type T|impossible type switch case: T"
	case U: // ERROR "impossible type switch case: i \(variable of type I\) cannot have dynamic type U|impossible type switch case: U"
	case *T:
	}
	x := 1
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
	var e interface{}
	switch e.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	}
	switch v := e.(type) {
	case string, int:
		_ = v + 1 // ERROR "invalid operation: v \+ 1 \(mismatched types interface\{\} and int\)"
	}
}
