// Generic types and functions can be instantiated with struct types, and %T shows the type arguments.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Point struct{ X, Y int }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

func Keys[K comparable, V any](ps []Pair[K, V]) []K {
	var ks []K
	for _, p := range ps {
		ks = append(ks, p.Key)
	}
	return ks
}

func main() {
	p := MakePair(Point{1, 2}, "origin-ish")
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%T\n", p)
	ps := []Pair[Point, []int]{{Point{0, 0}, nil}, {Point{1, 1}, []int{1}}}
	fmt.Println(Keys(ps))
	m := map[Pair[string, int]]bool{{"a", 1}: true}
	fmt.Println(m[Pair[string, int]{"a", 1}], m[MakePair("a", 2)])
	fmt.Printf("%T\n", ps)
}
