// errorcheck

// Interface declarations and uses: duplicate methods, constraint
// interfaces used as ordinary types, and embedding non-interfaces.

package main

type Dup interface {
	M()
	M() // ERROR "duplicate method M"
}

type Number interface{ int | float64 }

var n Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func f(x Number) {} // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

type A interface{ M() }
type B interface{ M(int) }

type AB interface {
	A
	B // ERROR "duplicate method M"
}

func g() {
	var x comparable // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	_ = x
}

func main() {}
