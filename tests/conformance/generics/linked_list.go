// A generic type may refer to itself recursively (a linked list), with generic methods and iteration.
package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Reverse[T any](l *List[T]) *List[T] {
	r := &List[T]{}
	l.Each(func(v T) { r.PushFront(v) })
	return r
}

func main() {
	var l List[string]
	for _, s := range []string{"a", "b", "c"} {
		l.PushFront(s)
	}
	l.Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println(l.size)
	Reverse(&l).Each(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	var nums List[[]int]
	nums.PushFront([]int{1, 2})
	nums.Each(func(v []int) { fmt.Println(v, len(v)) })
}
