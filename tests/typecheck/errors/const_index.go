// errorcheck

// Constant indexes and slice bounds that are out of range for arrays and
// constant strings, negative, or not integers.

package main

func main() {
	var a [3]int
	const str = "abc"
	s := []int{1, 2, 3}
	_ = a[5]   // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = a[-1]  // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = str[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = s[-2]  // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	_ = a[1.5] // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = a["x"] // ERROR "cannot convert \"x\" \(untyped string constant\) to (type )?int"
	_ = a[1:4] // ERROR "invalid argument: index 4 out of bounds \[0:4\]"
	_ = s[2:1] // ERROR "invalid slice indices: 1 < 2"
}
