// An unrecovered runtime error first runs deferred calls, then prints "panic: runtime error: ..." and exits with status 2.
package main

import "fmt"

func main() {
	m := map[string][]int{"a": {1}}
	defer fmt.Println("deferred print happens before the panic message")
	fmt.Println(m["b"][0])
}
