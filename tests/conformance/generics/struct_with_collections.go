// Generic structs may hold slices and maps of their type parameters.
package main

import (
	"fmt"
	"sort"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{})}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s *Set[T]) Add(x T)      { s.m[x] = struct{}{} }
func (s *Set[T]) Has(x T) bool { _, ok := s.m[x]; return ok }
func (s *Set[T]) Len() int     { return len(s.m) }

type Graph[K comparable] struct {
	edges map[K][]K
	order []K
}

func (g *Graph[K]) AddEdge(a, b K) {
	if g.edges == nil {
		g.edges = map[K][]K{}
	}
	if _, ok := g.edges[a]; !ok {
		g.order = append(g.order, a)
	}
	g.edges[a] = append(g.edges[a], b)
}

func main() {
	s := NewSet(1, 2, 2, 3)
	fmt.Println(s.Len(), s.Has(2), s.Has(5))
	words := NewSet[string]()
	words.Add("go")
	fmt.Println(words.Len(), words.Has("go"))
	var g Graph[string]
	g.AddEdge("a", "b")
	g.AddEdge("a", "c")
	g.AddEdge("b", "c")
	for _, k := range g.order {
		fmt.Println(k, g.edges[k])
	}
	keys := make([]int, 0)
	for k := range s.m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys)
}
