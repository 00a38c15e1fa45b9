// errorcheck

// Return statements with the wrong number of values.

package main

func none() {
	return 1 // ERROR "too many return values"
}

func one() int {
	return // ERROR "not enough return values"
}

func two() (int, string) {
	return 1 // ERROR "not enough return values"
}

func three() (int, int, int) {
	return 1, 2, 3, 4 // ERROR "too many return values"
}

func pair() (int, int) { return 1, 2 }

func fromCall() int {
	return pair() // ERROR "too many return values"
}

func main() {}
