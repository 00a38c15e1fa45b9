// for range over an integer (Go 1.22) iterates 0..n-1; n <= 0 gives no iterations; n is evaluated once.
// gopp: requires go1.22
package main

import "fmt"

type Count int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range 5 {
		n++
	}
	fmt.Println(n)
	for i := range -2 {
		fmt.Println("never", i)
	}
	m := 3
	for i := range m {
		m = 10
		fmt.Print(i, " ")
	}
	fmt.Println(m)
	var c Count = 2
	for i := range c {
		fmt.Printf("%T %v\n", i, i)
	}
}
