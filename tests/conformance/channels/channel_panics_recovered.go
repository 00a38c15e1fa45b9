// The channel panics are runtime errors (runtime.plainError, no "runtime error: " prefix) and can be recovered.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(interface{ RuntimeError() })
		err, isErr := r.(error)
		fmt.Printf("%s: %T runtime=%v error=%v %v\n", name, r, isRuntime, isErr, err)
	}()
	f()
}

func main() {
	try("send", func() {
		c := make(chan int)
		close(c)
		c <- 1
	})
	try("close closed", func() {
		c := make(chan int, 3)
		close(c)
		close(c)
	})
	try("close nil", func() {
		var c chan int
		close(c)
	})
	try("make negative", func() {
		n := -1
		_ = make(chan int, n)
	})
	try("make huge", func() {
		n := 1 << 62
		_ = make(chan int64, n)
	})
	try("select send", func() {
		c := make(chan int, 1)
		close(c)
		select {
		case c <- 1:
		default:
		}
	})
}
