// A failed single-result type assertion panics with "interface conversion: interface {} is string, not int".
package main

import "fmt"

func main() {
	var x interface{} = "hello"
	s := x.(string)
	fmt.Println(s)
	n := x.(int)
	fmt.Println(n)
}
