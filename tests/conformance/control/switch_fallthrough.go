// fallthrough transfers control to the next case body without testing its condition.
package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" small")
		fallthrough
	case 100:
		fmt.Print(" non-negative-known")
	case 2, 3:
		fmt.Print(" two-or-three")
		fallthrough
	default:
		fmt.Print(" default")
	}
	fmt.Println()
}

func main() {
	for _, n := range []int{0, 1, 100, 2, 3, 42} {
		describe(n)
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("gt3")
		fallthrough
	case x > 10:
		fmt.Println("fell into gt10 although x =", x)
	}
}
