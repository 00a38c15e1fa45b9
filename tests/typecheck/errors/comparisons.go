// errorcheck

// Comparisons of values that are not comparable: slices, maps, functions,
// structs containing them, and ordered comparisons of unordered types.

package main

type S struct {
	list []int
}

type Arr [2][]int

func main() {
	var a, b []int
	var m1, m2 map[string]int
	var f1, f2 func()
	var s1, s2 S
	var x1, x2 Arr
	_ = a == b   // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	_ = m1 != m2 // ERROR "invalid operation: m1 != m2 \(map can only be compared to nil\)"
	_ = f1 == f2 // ERROR "invalid operation: f1 == f2 \(func can only be compared to nil\)"
	_ = s1 == s2 // ERROR "invalid operation: s1 == s2 \(struct containing \[\]int cannot be compared\)"
	_ = x1 == x2 // ERROR "invalid operation: x1 == x2 \(\[2\]\[\]int cannot be compared\)"
	_ = a == nil
	var p1, p2 *int
	_ = p1 < p2 // ERROR "invalid operation: p1 < p2 \(operator < not defined on pointer\)"
	var c1, c2 complex128
	_ = c1 > c2 // ERROR "invalid operation: c1 > c2 \(operator > not defined on complex128\)"
	var i interface{}
	_ = i == a // ERROR "invalid operation: i == a \(slice can only be compared to nil\)"
}
