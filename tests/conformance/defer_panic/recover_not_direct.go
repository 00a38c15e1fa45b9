// recover only works when called directly by the deferred function; called deeper it returns nil.
package main

import "fmt"

func helper() interface{} {
	return recover()
}

func main() {
	func() {
		defer func() {
			fmt.Println("direct:", recover())
		}()
		panic("one")
	}()
	defer func() {
		fmt.Println("indirect:", helper())
	}()
	panic("two")
}
