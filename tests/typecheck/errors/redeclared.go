// errorcheck

// Names declared twice in one block, and := with no new variable on its
// left side.

package main

var a int
var a string // ERROR "a redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int
type T string // ERROR "T redeclared in this block"

func g() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	var y int
	var y int // ERROR "y redeclared in this block"
	_, _ = x, y
}

func h(p int) {
	var p string // ERROR "p redeclared in this block"
	_ = p
}

func main() {
	u, v := 1, 2
	u, v := 3, 4 // ERROR "no new variables on left side of :="
	_, _ = u, v
}
