// go: rejects at line 14
package main

type Number interface{ ~int | ~float64 }

func Zero[T Number]() T {
	var z T
	return z
}

type List[T Number] struct{ v []T }

func main() {
	_ = Zero[string]()
	var l List[bool]
	_ = l
}
