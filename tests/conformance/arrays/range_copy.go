// range over an array iterates over a copy; range over a pointer to an array sees later writes.
package main

import "fmt"

func main() {
	a := [3]int{1, 2, 3}
	for i, v := range a {
		if i == 0 {
			a[1] = 20
			a[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(a)
	b := [3]int{1, 2, 3}
	for i, v := range &b {
		if i == 0 {
			b[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	c := [3]int{1, 2, 3}
	for i, v := range c[:] {
		if i == 0 {
			c[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i := range a {
		a[i] = 0
	}
	fmt.Println(a)
}
