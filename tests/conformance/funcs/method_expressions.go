// A method expression T.M is a function taking the receiver as its first argument.
package main

import "fmt"

type P struct{ X int }

func (p P) Add(d int) int { return p.X + d }
func (p *P) Scale(f int)  { p.X *= f }

type Adder interface{ Add(int) int }

func main() {
	add := P.Add
	fmt.Println(add(P{1}, 2))
	fmt.Printf("%T\n", add)
	scale := (*P).Scale
	p := P{3}
	scale(&p, 4)
	fmt.Println(p.X)
	addP := (*P).Add
	fmt.Println(addP(&p, 1))
	ia := Adder.Add
	fmt.Println(ia(P{100}, 1))
	fmt.Printf("%T\n%T\n", scale, ia)
}
