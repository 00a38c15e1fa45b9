// A value method of T called through an interface holding a nil *T, or
// through the method expression (*T).F, panics with Go's wrapper message,
// "value method main.T.F called using nil *T pointer" (a runtime.Error
// without the "runtime error: " prefix); a method promoted through a nil
// embedded pointer, or called directly on a nil *T, is a nil dereference
// instead.
package main

import (
	"fmt"
	"runtime"
)

type T int

func (t T) F() int { return int(t) }

type Celsius struct{ deg float64 }

func (c Celsius) String() string { return fmt.Sprint(c.deg, "C") }

type Outer struct{ *Celsius }

type I interface{ F() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
	}()
	f()
}

func main() {
	var p *T
	var i I = p
	try("interface", func() { i.F() })
	try("method value", func() { f := i.F; f() })
	var s fmt.Stringer = (*Celsius)(nil)
	try("stringer", func() { _ = s.String() })
	try("direct", func() { p.F() })
	try("method expression", func() { f := (*T).F; f(p) })
	try("method expression promoted", func() { f := (*Outer).String; f(&Outer{}) })
	try("promoted", func() { var o fmt.Stringer = Outer{}; _ = o.String() })
	try("promoted pointer", func() { var o fmt.Stringer = &Outer{}; _ = o.String() })
	t := T(7)
	i = &t
	fmt.Println(i.F())
}
