// errorcheck

// make and new with types or arguments they do not accept.

package main

type T struct{}

func main() {
	n := -1
	_ = make(int) // ERROR "invalid argument: cannot make int[;:] type must be slice, map, or channel"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make(map[int]int, 1, 2) // ERROR "invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, "a") // ERROR "cannot convert \"a\" \(untyped string constant\) to (type )?int"
	_ = make(T) // ERROR "invalid argument: cannot make T[;:] type must be slice, map, or channel"
	_ = make([]int, n)
	_ = new(nil) // ERROR "nil is not a type|use of untyped nil in argument to new"
}
