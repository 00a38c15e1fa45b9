// A method expression on a pointer type reaches methods promoted through embedded fields: value methods through an embedded pointer are called on a copy of the pointee, pointer methods through an embedded value get the field's address, and a nil embedded pointer panics when the method is called.
package main

import "fmt"

type Inner struct{ s string }

func (i Inner) Get() string { return i.s }
func (i *Inner) Set(s string) { i.s = s }

type ViaPtr struct{ *Inner }
type ViaVal struct{ Inner }
type Deep struct{ ViaPtr }

func main() {
	get := (*ViaPtr).Get
	p := &ViaPtr{&Inner{"hello"}}
	fmt.Println(get(p))

	set := (*ViaVal).Set
	v := &ViaVal{Inner{"old"}}
	set(v, "new")
	fmt.Println(v.s, (*ViaVal).Get(v), ViaVal.Get(*v))

	setp := (*ViaPtr).Set
	setp(p, "changed")
	fmt.Println(p.Inner.s, ViaPtr.Get(*p))

	d := &Deep{ViaPtr{&Inner{"deep"}}}
	fmt.Println((*Deep).Get(d), Deep.Get(*d))
	(*Deep).Set(d, "deeper")
	fmt.Println(d.s)

	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(get(&ViaPtr{}))
}
