// Functions and methods named _ may be declared any number of times; they are type-checked but can never be called, and are not part of any method set.
package main

import "fmt"

type T struct{ n int }

func (T) _()           { panic("never called") }
func (T) _()           { panic("never called either") }
func (t *T) _(x int)   { t.n = x }
func (T) Name() string { return "T" }

func _()             { panic("never called") }
func _()             { panic("never called either") }
func _(a, b int) int { return a + b }

type Namer interface{ Name() string }

func main() {
	var n Namer = T{}
	fmt.Println(n.Name())
	var i interface{} = &T{}
	_, ok := i.(interface{ Name() string })
	fmt.Println(ok)
	fmt.Printf("%v %+v\n", T{3}, &T{4})
}
