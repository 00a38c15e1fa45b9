// A struct embedding an instantiated generic interface promotes its methods with the type arguments substituted, also when the struct is boxed into an interface, and a generic struct may embed one too.
package main

import "fmt"

type Getter[K any] interface{ Get() K }

type Lister[T any] interface {
	List() []T
	Len() int
}

type impl struct{}

func (impl) Get() int { return 7 }

type names []string

func (n names) List() []string { return n }
func (n names) Len() int       { return len(n) }

type Plain struct {
	Getter[int]
}

type Logged[T any] struct {
	Lister[T]
	label string
}

func main() {
	p := Plain{impl{}}
	fmt.Println(p, p.Get())
	var g Getter[int] = p
	fmt.Println(g.Get())

	l := Logged[string]{names{"a", "b"}, "names"}
	var any1 any = l
	fmt.Println(any1.(Lister[string]).List(), l.Len(), l.label)
	fmt.Printf("%v %T\n", l, l)
}
