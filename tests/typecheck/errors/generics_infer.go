// errorcheck

// Calls of generic functions whose type arguments cannot be inferred,
// and generic functions and types used without instantiation.

package main

func Zero[T any]() T { var z T; return z }

func Conv[From, To any](f From) To { var t To; return t }

func Id[T any](x T) T { return x }

type List[T any] struct{ next *List[T] }

func main() {
	_ = Zero() // ERROR "cannot infer T"
	_ = Conv(1) // ERROR "cannot infer To"
	f := Id // ERROR "cannot use generic function Id without instantiation"
	_ = f
	var l List // ERROR "cannot use generic type List\[T any\] without instantiation"
	_ = l
	_ = Id(nil) // ERROR "cannot infer T"
	g := Id[int]
	_ = g
}
