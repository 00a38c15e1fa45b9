// recover returns the most recent panic value when a deferred call panicked during panicking.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("again:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}
