// A method promoted from an embedded interface field dispatches on that field's dynamic value, whether called, taken as a method value or a method expression, or reached as a type parameter's method through a type argument that embeds the interface; a method declared in an embedded interface is found at its place in the outer interface's method set.
package main

import "fmt"

type Namer interface{ Name() string }

// Aa sorts before Name, so Name's place in Full differs from its place in Namer.
type Full interface {
	Namer
	Aa() string
	Zz() string
}

type person string

func (p person) Name() string { return "name:" + string(p) }
func (p person) Aa() string   { return "aa:" + string(p) }
func (p person) Zz() string   { return "zz:" + string(p) }

type Wrap struct{ Full }
type PWrap struct{ *Wrap }

func call[T Namer](t T) string {
	f := t.Name
	g := T.Name
	return t.Name() + " " + f() + " " + g(t)
}

func main() {
	var f Full = person("ann")
	fmt.Println(f.Name(), f.Aa(), f.Zz())
	m := f.Name
	fmt.Println(m())
	fmt.Println(Full.Name(f), Namer.Name(f))

	w := Wrap{f}
	fmt.Println(w.Name(), w.Aa())
	mv := w.Name
	w.Full = person("bob") // the method value bound the old interface value
	fmt.Println(mv(), w.Name())
	fmt.Println(Wrap.Name(w), (*Wrap).Zz(&w))

	pw := PWrap{&w}
	fmt.Println(pw.Name(), PWrap.Name(pw))

	fmt.Println(call(f))
	fmt.Println(call(w))
	fmt.Println(call(&w))
	fmt.Println(call(pw))
	fmt.Println(call(struct{ Namer }{person("cy")}))

	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Wrap
	_ = empty.Name
	fmt.Println("unreachable")
}
