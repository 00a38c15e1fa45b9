// errorcheck

// Assignments and definitions whose two sides have different numbers of
// values.

package main

func one() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d, e = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	var f, g int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	var h, i, j int
	h, i = 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	j = two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j
}
