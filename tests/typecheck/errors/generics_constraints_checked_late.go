// errorcheck

// Constraints are checked after the function bodies that instantiate: the
// one instantiation in the last body checked is verified too, however few
// checks are pending (inferred, explicit and pointer-receiver cases).

package main

type S interface{ M() }

type T struct{}

func (*T) M() {}

func Call[X S](x X) { x.M() }

func Sum[N ~int | ~float64](x N) N { return x }

func one() {}

func two() {}

func three() {}

func main() {
	Call(T{}) // ERROR "T does not (satisfy|implement) S \((method M has pointer receiver|M method has pointer receiver)\)"
}
