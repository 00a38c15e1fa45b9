// panic with an integer prints the number; with a named integer type it prints main.T(n).
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
		panic(Code(7))
	}()
	panic(42)
}
