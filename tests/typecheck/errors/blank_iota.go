// errorcheck

// The blank identifier used as a value, and iota outside constant
// declarations.

package main

func main() {
	x := _ // ERROR "cannot use _ as value"
	_ = x
	var y = _ + 1 // ERROR "cannot use _ as value"
	_ = y
	_() // ERROR "cannot use _ as value"
	z := iota // ERROR "cannot use iota outside constant declaration"
	_ = z
	var w int = iota // ERROR "cannot use iota outside constant declaration"
	_ = w
	const ok = iota
	_ = ok
}
