// errorcheck

// Array and slice literals: indexes out of bounds, duplicate indexes,
// non-constant and negative indexes, wrong element types.

package main

func main() {
	i := 1
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = [3]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
	_ = [...]int{1, 2, 1: 3} // ERROR "duplicate index 1 in array or slice literal"
	_ = []int{i: 1} // ERROR "index i must be integer constant"
	_ = []int{-1: 1} // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = []string{1} // ERROR "cannot use 1 \(untyped int constant\) as string value in array or slice literal"
	_ = [...]int{"a": 1} // ERROR "cannot convert \"a\" \(untyped string constant\) to (type )?int"
}
