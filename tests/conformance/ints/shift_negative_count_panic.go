// A negative shift count at run time panics with "negative shift amount".
package main

import "fmt"

func main() {
	x := 1
	n := -1
	fmt.Println("before")
	fmt.Println(x << n)
	fmt.Println("after")
}
