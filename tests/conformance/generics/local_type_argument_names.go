// A type declared in a function prints bare (main.local), but inside type arguments gc adds its package-wide number in source order, dead code included and aliases not (main.Box[main.local·1]).
package main

import "fmt"

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func main() {
	type local struct{ a int }
	type other int
	fmt.Printf("%T\n", local{})
	fmt.Printf("%T\n", Box[local]{})
	fmt.Printf("%T\n", Box[other]{})
	fmt.Printf("%v %+v\n", Box[local]{}, Box[other]{})
	fmt.Printf("%#v\n", Box[other]{7})
	if false {
		type dead int
	}
	type (
		p int
		q = int
		r int
	)
	fmt.Printf("%T %T %T\n", Box[p]{}, Box[q]{}, Box[r]{})
	fmt.Printf("%T\n", Box[func(local) *r]{})
	fmt.Printf("%T\n", Box[struct{ X other }]{})
	fmt.Printf("%T\n", Box[Box[local]]{})
	fmt.Printf("%T\n", Pair[other, []map[local]chan r]{})
	var x any = Box[[]local]{}
	fmt.Printf("%T\n", x)
	f()
	g()
}

func f() {
	type local int
	fmt.Printf("%T %T\n", local(0), Box[local]{})
	func() {
		type local float64
		fmt.Printf("%T %T\n", local(0), Box[local]{})
	}()
}

var g = func() {
	type local string
	fmt.Printf("%T\n", Pair[local, int]{})
}
