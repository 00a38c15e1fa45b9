// errorcheck

// Functions with results whose bodies can end without a terminating
// statement.

package main

func a() int {
} // ERROR "missing return"

func b(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func c(x int) int {
	for x > 0 {
		return 1
	}
} // ERROR "missing return"

func d(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"

func e(x int) (r int) {
	for {
		if x > 0 {
			break
		}
	}
} // ERROR "missing return"

func f(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

// Terminating statements: no error.
func g(x int) int {
	for {
	}
}

func h(x int) int {
	panic("no")
}

func main() {
	_ = func() int {
	} // ERROR "missing return"
}
