// errorcheck

// Array lengths that are not non-negative integer constants.

package main

const n = 4

var v = 3

type A1 [n]int
type A2 [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
type A3 [v]int // ERROR "invalid array length v"
type A4 [1.5]int // ERROR "array length 1.5 \(untyped float constant\) must be integer"
type A5 ["x"]int // ERROR "array length \"x\" \(untyped string constant\) must be integer"
type A6 [1 << 70]int // ERROR "invalid array length 1 << 70 \(untyped int constant 1180591620717411303424\)|array length 1 << 70 \(untyped int constant 1180591620717411303424\) must be integer"

func f(m int) {
	var a [m]int // ERROR "invalid array length m"
	_ = a
}

func main() {}
