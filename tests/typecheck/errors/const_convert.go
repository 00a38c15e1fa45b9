// errorcheck

// Untyped constants that cannot be represented in the type they are
// converted to: truncated floats, strings as numbers, and explicit
// conversions of constants.

package main

func takesInt(int) {}

func main() {
	var i int
	var u uint
	var r rune
	i = 1.5 // ERROR "cannot use 1.5 \(untyped float constant\) as int value in assignment \(truncated\)"
	takesInt(2.5) // ERROR "cannot use 2.5 \(untyped float constant\) as int value in argument to takesInt \(truncated\)"
	var j int = "x" // ERROR "cannot use \"x\" \(untyped string constant\) as int value in variable declaration"
	u = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in assignment \(overflows\)"
	_ = int(3.5) // ERROR "cannot convert 3.5 \(untyped float constant\) to type int"
	_ = string(1.0) // ERROR "cannot convert 1.0 \(untyped float constant 1\) to type string"
	r = 'a' + 0.5 // ERROR "cannot use 'a' \+ 0.5 \(untyped float constant 97.5\) as rune value in assignment \(truncated\)"
	_, _, _, _ = i, j, u, r
}
