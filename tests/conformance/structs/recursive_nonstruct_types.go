// Types defined in terms of themselves without a struct in between: a
// state function returning the next state, a tree as a slice of trees,
// mutually recursive slices, an array of pointers to itself.
package main

import "fmt"

type stateFn func(*lexer) stateFn

type lexer struct {
	n     int
	trace []string
}

func start(l *lexer) stateFn {
	l.trace = append(l.trace, "start")
	return middle
}

func middle(l *lexer) stateFn {
	l.n++
	l.trace = append(l.trace, fmt.Sprint("middle", l.n))
	if l.n < 3 {
		return middle
	}
	return nil
}

type Tree []Tree

func (t Tree) Size() int {
	n := 1
	for _, c := range t {
		n += c.Size()
	}
	return n
}

type A []B
type B []A

type Arr [2]*Arr

type F func(F) int

func main() {
	l := &lexer{}
	for s := stateFn(start); s != nil; s = s(l) {
	}
	fmt.Println(l.trace)
	t := Tree{Tree{}, Tree{Tree{}, nil}}
	t = append(t, Tree{})
	fmt.Println(t.Size(), len(t), t[1][1] == nil)
	a := A{B{A{}}, nil}
	fmt.Println(len(a), len(a[0][0]))
	var arr Arr
	arr[0] = &arr
	fmt.Println(arr[0] == &arr, arr[1] == nil)
	var f F
	f = func(g F) int {
		if g == nil {
			return 1
		}
		return 2
	}
	fmt.Println(f(nil), f(f))
	fmt.Printf("%T %T %v\n", t, f, len(Tree(nil)))
	var x interface{} = t
	if tt, ok := x.(Tree); ok {
		fmt.Println("tree", len(tt))
	}
}
