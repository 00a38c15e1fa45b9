// errorcheck

// fallthrough outside the last statement of a non-final expression
// switch case.

package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var e interface{}
	switch e.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}

func f() {
	fallthrough // ERROR "fallthrough statement out of place"
}
