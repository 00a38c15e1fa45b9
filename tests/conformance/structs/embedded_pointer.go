// Embedding a pointer type promotes its fields and methods through the pointer.
package main

import "fmt"

type Base struct{ ID int }

func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

type Derived struct {
	*Base
	Name string
}

func main() {
	shared := &Base{1}
	d1 := Derived{shared, "one"}
	d2 := Derived{shared, "two"}
	d1.SetID(42)
	fmt.Println(d2.ID, d2.Describe(), shared.ID)
	d3 := d1
	d3.ID = 7
	fmt.Println(d1.ID)
	var d4 Derived
	fmt.Println(d4.Base == nil)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	fmt.Println(d4.ID)
}
