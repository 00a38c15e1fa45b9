// An outer type's method hides the embedded type's method; the embedded method does not call back.
package main

import "fmt"

type Base struct{}

func (Base) Name() string    { return "base" }
func (b Base) Greet() string { return "hello from " + b.Name() }

type Child struct{ Base }

func (Child) Name() string { return "child" }

func main() {
	c := Child{}
	fmt.Println(c.Name())
	fmt.Println(c.Greet())
	fmt.Println(c.Base.Name())
	type Namer interface{ Name() string }
	var n Namer = c
	fmt.Println(n.Name())
	n = c.Base
	fmt.Println(n.Name())
}
