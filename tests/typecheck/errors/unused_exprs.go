// errorcheck

// Expression statements whose values are not used.

package main

func f() int { return 1 }

func main() {
	x := 1
	x // ERROR "x \(variable of type int\) is not used"
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	1 // ERROR "1 \(untyped int constant\) is not used"
	"s" // ERROR "\"s\" \(untyped string constant\) is not used"
	len("abc") // ERROR "len\(\"abc\"\) \(constant 3 of type int\) is not used"
	f() // calls may discard results
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
	int(x) // ERROR "int\(x\) \(value of type int\) is not used"
	func() {} // ERROR "func\(\) \{\} \(value of type func\(\)\) is not used"
}
