// errorcheck

// Wrong numbers of type arguments for generic functions and types, and
// type arguments given to non-generic names.

package main

func One[T any](x T) {}

func Two[A, B any](a A, b B) {}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func plain() {}

type NotGeneric int

func main() {
	One[int, string](1) // ERROR "got 2 type arguments but (want 1|One has 1 type parameters)"
	var p Pair[int] // ERROR "not enough type arguments for type Pair: have 1, want 2|got 1 arguments but 2 type parameters"
	var q Pair[int, string, bool] // ERROR "too many type arguments for type Pair: have 3, want 2|got 3 arguments but 2 type parameters"
	plain[int]() // ERROR "invalid operation: cannot index plain \(value of type func\(\)\)"
	var n NotGeneric[int] // ERROR "NotGeneric is not a generic type"
	Two[int](1, "x")
	_, _, _ = p, q, n
}
