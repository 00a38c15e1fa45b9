// && and || run their right side's calls only when it is evaluated; plain operands beside them are read after the calls that precede them.
package main

import "fmt"

var x = 1

func t(n int) bool { fmt.Println("t", n); return true }
func fl(n int) bool { fmt.Println("f", n); return false }
func setx() bool { x = 2; return true }
func both(a, b bool) string { return fmt.Sprint(a, b) }

func main() {
	a := fl(1) && t(2)
	b := t(3) || fl(4)
	c := t(5) && fl(6) || t(7)
	d := x == 2 && setx()
	e := setx() && x == 2
	x = 1
	g := x == 1 || setx()
	fmt.Println(a, b, c, d, e, g, x)

	x = 1
	h := setx() == (x == 2)
	fmt.Println(h)

	// A lazy right side inside a call's arguments, with a plain operand after it.
	x = 1
	fmt.Println(both(x == 1 && setx(), x == 2), x)
	x = 1
	fmt.Println(both(x == 5 && setx(), x == 2), x)
	if x == 1 && setx() && x == 2 {
		fmt.Println("both sides saw the change")
	}
}
