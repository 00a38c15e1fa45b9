// Integer division by a zero variable panics with "integer divide by zero"; exit status 2.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println(div(10, 3))
	fmt.Println(div(1, 0))
	fmt.Println("unreachable")
}
