// A type parameter's constraint methods can be taken as method values (t.M) and method expressions (T.M) as well as called; in each instance they are the type argument's own methods, chosen by its method set: pointer and value receivers, methods promoted through embedding, and an interface type argument.
package main

import "fmt"

type Namer interface{ Name() string }

type Ptr struct{ n string }

func (p *Ptr) Name() string { return "ptr:" + p.n }

type Val struct{ n string }

func (v Val) Name() string { return "val:" + v.n }

type Outer struct {
	Val
	extra int
}

type Named interface{ Name() string }

func Call[T Namer](t T) string { return t.Name() }

func Value[T Namer](t T) func() string { return t.Name }

func Expr[T Namer](t T) string {
	f := T.Name
	return f(t)
}

func ValueLater[T Namer](t *T) func() string {
	f := (*t).Name // the receiver is evaluated now
	return f
}

func main() {
	p := &Ptr{"a"}
	v := Val{"b"}
	pv := &Val{"c"}
	o := Outer{Val{"d"}, 1}
	var i Named = Val{"e"}

	fmt.Println(Call(p), Call(v), Call(pv), Call(o), Call(i))
	fmt.Println(Value(p)(), Value(v)(), Value(pv)(), Value(o)(), Value(i)())
	fmt.Println(Expr(p), Expr(v), Expr(pv), Expr(o), Expr(i))

	// A method value of a value receiver copies the receiver.
	w := Val{"before"}
	f := ValueLater(&w)
	w.n = "after"
	fmt.Println(f(), w.Name())

	// A method value of a pointer receiver sees later changes.
	q := &Ptr{"before"}
	g := ValueLater(&q)
	q.n = "after"
	fmt.Println(g())
}
