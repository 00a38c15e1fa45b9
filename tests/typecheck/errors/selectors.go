// errorcheck

// Selectors naming fields or methods that do not exist, including
// unexported/exported spelling mistakes and selectors on packages.

package main

import "strings"

type T struct {
	Name  string
	count int
}

func (T) Method() {}

func (*T) ptrMethod() {}

func main() {
	var t T
	_ = t.missing // ERROR "t.missing undefined \(type T has no field or method missing\)"
	_ = t.name    // ERROR "t.name undefined \(type T has no field or method name, but does have (field )?Name\)"
	t.method()    // ERROR "t.method undefined \(type T has no field or method method, but does have (method )?Method\)"
	_ = t.Count   // ERROR "t.Count undefined \(type T has no field or method Count, but does have (field )?count\)"
	var p *T
	p.Missing() // ERROR "p.Missing undefined \(type \*T has no field or method Missing\)"
	_ = strings.NoSuchFunc // ERROR "undefined: strings.NoSuchFunc"
	var i int
	_ = i.x // ERROR "i.x undefined \(type int has no field or method x\)"
	T.ptrMethod(t) // ERROR "invalid method expression T.ptrMethod \(needs pointer receiver \(\*T\).ptrMethod\)|cannot call pointer method ptrMethod on T"
}
