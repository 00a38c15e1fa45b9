// A go statement calling a nil func value with arguments evaluates them
// in the calling goroutine; the call of nil then panics in the new
// goroutine (gc wraps such a call in a closure).
package main

import "fmt"

func arg(s string) int {
	fmt.Println("evaluating", s)
	return len(s)
}

func main() {
	defer fmt.Println("deferred: not printed")
	var f func(int)
	fmt.Println("before")
	go f(arg("argument"))
	select {}
}
