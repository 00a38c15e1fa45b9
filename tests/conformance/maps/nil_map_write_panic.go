// Assigning to an entry of a nil map panics with "assignment to entry in nil map".
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["a"])
	m["a"] = 1
	fmt.Println("unreachable")
}
