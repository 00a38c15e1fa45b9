// errorcheck

// delete, close, panic, print and complex with wrong arguments, and ...
// with built-ins other than append.

package main

func main() {
	m := map[string]int{}
	s := []int{1}
	delete(s, 0) // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(m) // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	close(s...) // ERROR "invalid operation: invalid use of \.\.\. with built-in close"
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	_ = complex(1, "a") // ERROR "invalid operation: complex\(1, \"a\"\) \(mismatched types untyped float and untyped string\)"
	_ = real(1 + m["x"]) // ERROR "invalid argument: argument has type int, expected complex type"
	x := copy // ERROR "copy \(built-in\) must be called"
	_ = x
}
