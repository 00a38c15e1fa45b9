// errorcheck

// Invalid operations on strings: assigning to a byte of a string,
// arithmetic other than +, taking the address of an element, and
// mixing strings with numbers.

package main

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)|cannot assign to s\[0\] \(value of type byte\)"
	_ = s - "h" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = s * 2 // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = &s[1] // ERROR "invalid operation: cannot take address of s\[1\] \(value of type byte\)"
	var r rune = s[0] // ERROR "cannot use s\[0\] \(value of type byte\) as (type rune|rune value) in variable declaration"
	_ = r
	_ = "a" + 'b' // ERROR "invalid operation: \"a\" \+ 'b' \(mismatched types untyped string and untyped rune\)"
	s += 1 // ERROR "invalid operation: s \+= 1 \(mismatched types string and untyped int\)"
}
