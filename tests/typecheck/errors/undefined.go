// errorcheck

// Undefined names: variables, functions, types, and names used before
// their declaration in a block or outside their scope.

package main

func f() int {
	return y // ERROR "undefined: y"
}

func g() {
	if true {
		z := 1
		_ = z
	}
	_ = z // ERROR "undefined: z"
}

func h() {
	_ = w // ERROR "undefined: w"
	w := 2
	_ = w
}

var v Undef // ERROR "undefined: Undef"

func main() {
	undefinedFunc() // ERROR "undefined: undefinedFunc"
	for i := 0; i < 3; i++ {
	}
	_ = i // ERROR "undefined: i"
}
