// A deferred or go'd method call evaluates its method value at the
// statement: a value method's receiver is copied then, through a pointer
// or an embedded pointer too, and a nil pointer panics then.
package main

import "fmt"

type R struct{ name string }

func (r R) Show(tag string) { fmt.Println(tag, r.name) }

type Arr [2]int

func (a Arr) Print(tag string) { fmt.Println(tag, a[0], a[1]) }

type Outer struct{ *R }

type Namer interface{ Show(string) }

type HasNamer struct{ Namer }

func deferred() {
	r := R{"first"}
	rp := &r
	defer rp.Show("pointer to value method:")
	o := Outer{&R{"first"}}
	defer o.Show("through embedded pointer:")
	op := &o
	defer op.Show("through pointer to embedder:")
	a := Arr{1, 2}
	ap := &a
	defer ap.Print("array through pointer:")
	h := &HasNamer{R{"first"}}
	defer h.Show("embedded interface:")
	r.name = "second"
	o.R.name = "second"
	a[0] = 9
	h.Namer = R{"second"}
}

func nilAtStatement() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rp *R
	defer rp.Show("never runs:")
	fmt.Println("not reached")
}

func goStatement() {
	r := R{"first"}
	rp := &r
	done := make(chan bool)
	go rp.Show2(done)
	r.name = "second"
	done <- true
	<-done
}

func (r R) Show2(done chan bool) {
	<-done
	fmt.Println("go statement:", r.name)
	done <- true
}

func main() {
	deferred()
	nilAtStatement()
	goStatement()
}
