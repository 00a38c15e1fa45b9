// "defer recover()" does not stop a panic: recover must be called by a deferred function, not be the deferred call.
package main

import "fmt"

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("outer caught:", r)
		}()
		func() {
			defer recover()
			panic("p")
		}()
		fmt.Println("not reached")
	}()
	fmt.Println("end")
}
