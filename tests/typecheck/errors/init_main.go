// errorcheck

// The special functions init and main: init must be a function without
// arguments or results and cannot be referred to; main must have no
// arguments or results.

package main

var init = 1 // ERROR "cannot declare init - must be func"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 0 } // ERROR "func init must have no arguments and no return values"

func init() {}

func main(args []string) { // ERROR "func main must have no arguments and no return values"
	init() // ERROR "undefined: init"
	f := init // ERROR "undefined: init"
	_ = f
}
