// errorcheck

// Assignments to operands that are neither addressable nor map index
// expressions, and & applied to operands that are not addressable.

package main

type T struct{ f int }

func get() T { return T{} }

func num() int { return 1 }

const c = 1

func main() {
	m := map[string]T{}
	get().f = 1 // ERROR "cannot assign to get\(\).f \((neither addressable nor a map index expression|value of type int)\)"
	m["k"].f = 2 // ERROR "cannot assign to struct field m\[\"k\"\].f in map"
	c = 2 // ERROR "cannot assign to c \((neither addressable nor a map index expression|untyped int constant 1)\)"
	num() = 3 // ERROR "cannot assign to num\(\) \((neither addressable nor a map index expression|value of type int)\)"
	_ = &num() // ERROR "invalid operation: cannot take address of num\(\) \(value of type int\)"
	_ = &m["k"] // ERROR "invalid operation: cannot take address of m\[\"k\"\] \(map index expression of type T\)"
	_ = &c // ERROR "invalid operation: cannot take address of c \(untyped int constant 1\)"
	_ = &T{f: 1}
	main = nil // ERROR "cannot assign to main \((neither addressable nor a map index expression|value of type func\(\))\)"
}
