// `go i.M()` evaluates the method value i.M in the calling goroutine: a
// nil interface panics there, so deferred calls run and the panic is
// goroutine 1's.
package main

import "fmt"

type Runner interface{ Run() }

func main() {
	defer fmt.Println("deferred: printed")
	var r Runner
	fmt.Println("before")
	go r.Run()
	fmt.Println("after: not printed")
	select {}
}
