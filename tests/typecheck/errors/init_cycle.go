// errorcheck

// Initialization cycles among package-level variables and functions.

package main

var a = b + 1 // ERROR "initialization (cycle|loop) for a"
var b = a + 1

var x = f() // ERROR "initialization (cycle|loop) for x"

func f() int {
	return x
}

var self int = self // ERROR "initialization cycle: self refers to itself|initialization loop for self"

func main() {}
