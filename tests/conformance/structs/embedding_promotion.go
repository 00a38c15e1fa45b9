// Fields and methods of an embedded struct are promoted to the outer struct.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name)
	d.Legs = 3
	fmt.Println(d.Describe())
	fmt.Printf("%+v\n", d)
	f := d.Describe
	d.Name = "later"
	fmt.Println(f())
}
