// A panic in a deferred function during panicking replaces the current one; both are printed, in order.
package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred still runs")
	defer func() {
		panic("from defer")
	}()
	panic("original")
}
