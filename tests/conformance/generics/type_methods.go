// Generic types can have methods that use the type parameter; each instantiation is a distinct type.
package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func main() {
	var si Stack[int]
	si.Push(1)
	si.Push(2)
	fmt.Println(si.Len())
	fmt.Println(si.Pop())
	fmt.Println(si.Pop())
	fmt.Println(si.Pop())
	ss := &Stack[string]{}
	ss.Push("a")
	v, ok := ss.Pop()
	fmt.Printf("%q %v\n", v, ok)
	v, ok = ss.Pop()
	fmt.Printf("%q %v\n", v, ok)
	fmt.Printf("%T %T\n", si, ss)
}
