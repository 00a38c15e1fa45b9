// Explicit argument indexes %[n]v and '*' width/precision taken from the arguments.
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 12)
	fmt.Printf("[%*d][%-*d]\n", 5, 42, 5, 42)
	fmt.Printf("[%.*f][%*.*f]\n", 2, 3.14159, 8, 3, 3.14159)
	fmt.Printf("[%[3]*.[2]*[1]f]\n", 12.0, 2, 6)
	fmt.Printf("%[2]s %s\n", "a", "b", "c")
	fmt.Printf("%v %[1]T\n", 1.5)
}
