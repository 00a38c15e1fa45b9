// A deferred call's function value and arguments are evaluated at the defer statement, not when it runs.
package main

import "fmt"

type T struct{ n int }

func (t T) show()     { fmt.Println("value receiver", t.n) }
func (t *T) showPtr() { fmt.Println("pointer receiver", t.n) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	f := func() { fmt.Println("first f") }
	defer f()
	f = func() { fmt.Println("second f") }
	t := T{1}
	defer t.show()
	defer t.showPtr()
	t.n = 2
	x = 2
	s := []int{1}
	defer fmt.Println("slice", s)
	s[0] = 100
	fmt.Println("returning")
}
