// errorcheck

// Operations on values of type parameter type that the constraint does
// not permit.

package main

type Number interface{ ~int | ~float64 }

func add[T any](a, b T) T {
	return a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"
}

func less[T comparable](a, b T) bool {
	return a < b // ERROR "invalid operation: a < b \(type parameter T (is not comparable with <|cannot use operator <)\)"
}

func mod[T Number](a, b T) T {
	return a % b // ERROR "invalid operation: operator % not defined on a \(variable of type T constrained by Number\)"
}

func eq[T any](a, b T) bool {
	return a == b // ERROR "invalid operation: a == b \(incomparable types in type set\)"
}

func length[T any](x T) int {
	return len(x) // ERROR "invalid argument: x \(variable of type T constrained by any\) for (built-in )?len"
}

func field[T any](x T) int {
	return x.f // ERROR "x.f undefined \(type T has no field or method f\)"
}

func conv[T Number](x T) string {
	return string(x) // ERROR "cannot convert x \(variable of type T constrained by Number\) to type string"
}

func main() {}
