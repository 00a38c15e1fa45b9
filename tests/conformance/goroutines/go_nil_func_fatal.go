// A go statement calling a nil func value of type func() is a fatal
// error in the goroutine that runs it (gc hands such a value straight to
// the runtime): nothing after it runs and deferred calls do not run.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred: not printed")
	var f func()
	fmt.Println("before")
	go f()
	fmt.Println("after: not printed")
	select {}
}
