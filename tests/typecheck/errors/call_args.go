// errorcheck

// Calls with too few or too many arguments, to functions, methods,
// variadic functions and function values.

package main

func two(a, b int) {}

func variadic(a int, rest ...string) {}

type T struct{}

func (T) m(s string) {}

func main() {
	two(1) // ERROR "not enough arguments in call to two"
	two(1, 2, 3) // ERROR "too many arguments in call to two"
	variadic() // ERROR "not enough arguments in call to variadic"
	var t T
	t.m() // ERROR "not enough arguments in call to t.m"
	t.m("a", "b") // ERROR "too many arguments in call to t.m"
	fv := func(x int) {}
	fv() // ERROR "not enough arguments in call to fv"
	variadic(1, "a", 2) // ERROR "cannot use 2 \(untyped int constant\) as string value in argument to variadic"
	s := []string{"x"}
	variadic(1, "a", s...) // ERROR "too many arguments in call to variadic"
}
