// Deferred calls run in last-in-first-out order when the function returns, after the return value is set.
package main

import "fmt"

func f() int {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	defer fmt.Println("last deferred, first run")
	fmt.Println("body")
	return 7
}

func main() {
	fmt.Println("result", f())
	func() {
		defer fmt.Println("inner 1")
		defer fmt.Println("inner 2")
	}()
	fmt.Println("end")
}
