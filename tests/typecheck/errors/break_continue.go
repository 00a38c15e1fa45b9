// errorcheck

// break and continue outside loops, and labels that do not name an
// enclosing loop (or switch/select for break).

package main

func f() {
	break // ERROR "break is not in a loop, switch, or select"
}

func g() {
	continue // ERROR "continue is not in a loop"
}

func h(x int) {
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
}

func k() {
L:
	if true {
		break L // ERROR "invalid break label L"
	}
}

func m(x int) {
S:
	switch x {
	case 1:
		continue S // ERROR "invalid continue label S"
	}
}

func n() {
Outer:
	for {
	}
	for {
		break Outer // ERROR "invalid break label Outer"
	}
}

func main() {
	func() {
		for {
			func() {
				break // ERROR "break is not in a loop, switch, or select"
			}()
		}
	}()
}
