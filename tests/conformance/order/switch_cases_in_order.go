// A switch case's value is ordered as a statement of its own when it is tested: its calls first, then the plain operands it reads; later cases are not evaluated once one matches.
package main

import "fmt"

var x = 0

func bump() int { x++; return 1 }
func probe(name string, v int) int { fmt.Println("probe", name); return v }
func pair(a, b int) int            { return a + b }

func main() {
	switch 5 {
	case pair(x+bump(), bump()):
		fmt.Println("first case, x =", x)
	case pair(x+bump(), bump()):
		fmt.Println("second case, x =", x)
	default:
		fmt.Println("default, x =", x)
	}

	x = 0
	switch {
	case pair(x+bump(), bump()) > 9, pair(x+bump(), bump()) == 6:
		fmt.Println("tagless, x =", x)
	case probe("never", 1) == 1:
		fmt.Println("not reached")
	}

	x = 0
	switch 3 {
	case x + bump():
		fmt.Println("no")
		fallthrough
	case x + bump() + 1:
		fmt.Println("fell into or matched second, x =", x)
		fallthrough
	case probe("after fallthrough", 0):
		fmt.Println("third body runs by fallthrough")
	}
}
