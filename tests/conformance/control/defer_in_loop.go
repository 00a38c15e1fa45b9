// Defers inside a loop all run at function exit, in reverse order, with arguments captured per iteration.
package main

import "fmt"

func run() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func main() {
	run()
	for _, s := range []string{"a", "b"} {
		func() {
			defer fmt.Println("end of", s)
			fmt.Println("body", s)
		}()
	}
}
