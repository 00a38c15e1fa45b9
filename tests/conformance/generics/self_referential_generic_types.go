// A generic type may be defined in terms of its own instances (`type Chan[T any] chan Chan[T]`, `type Src[T any] func() Src[T]`, a slice or pointer or map of itself), directly or through another generic or non-generic type; each instance is a type of its own with every operation of its underlying type.
package main

import "fmt"

type Chan[T any] chan Chan[T]

func (c Chan[T]) recv() Chan[T] { return <-c }

type Src[T any] func() (T, Src[T])

func count[T any](from, to T, next func(T) T, stop func(T) bool) Src[T] {
	return func() (T, Src[T]) {
		if stop(from) {
			return from, nil
		}
		return from, count(next(from), to, next, stop)
	}
}

type Tree[T any] []Tree[T]

func depth[T any](t Tree[T]) int {
	d := 0
	for _, c := range t {
		if x := depth(c) + 1; x > d {
			d = x
		}
	}
	return d
}

type Ptr[T any] *Ptr[T]

type Graph[K comparable] map[K]Graph[K]

// Mutually recursive through a second generic type and a plain one.
type Even[T any] []Odd[T]
type Odd[T any] []Even[T]

type Nest []Box[Nest]
type Box[T any] []T

func main() {
	c := make(Chan[string], 1)
	inner := make(Chan[string])
	c <- inner
	fmt.Println(c.recv() == inner, len(c), cap(c))

	s := count(1, 5, func(i int) int { return i + 1 }, func(i int) bool { return i == 4 })
	for s != nil {
		var v int
		v, s = s()
		fmt.Print(v, " ")
	}
	fmt.Println()
	w := count("a", "", func(s string) string { return s + "a" }, func(s string) bool { return len(s) == 3 })
	v, w := w()
	v2, _ := w()
	fmt.Println(v, v2)

	t := Tree[int]{{}, {{}, {{}}}}
	fmt.Println(depth(t), len(t), len(t[1]))

	var p Ptr[int]
	p = &p
	fmt.Println(p == *p, *p == **p)

	g := Graph[string]{}
	g["a"] = Graph[string]{"b": nil}
	g["c"] = g
	fmt.Println(len(g), len(g["c"]["c"]), g["a"]["b"] == nil)

	e := Even[bool]{Odd[bool]{Even[bool]{}}, nil}
	fmt.Println(len(e), len(e[0]), len(e[0][0]), e[1] == nil)

	n := Nest{Box[Nest]{Nest{}}}
	fmt.Printf("%d %d %T\n", len(n), len(n[0]), n[0])
}
