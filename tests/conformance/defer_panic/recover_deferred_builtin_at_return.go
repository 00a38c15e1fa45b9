// "defer recover()" inside a deferred function recovers when it runs at that function's normal return, as a direct recover() there would; run by a panic raised in the same function it does nothing.
package main

import "fmt"

func report(name string) {
	fmt.Println(name, "sees", recover())
}

// The deferred function returns normally while a panic runs it: its
// deferred recover() stops that panic.
func atReturn() {
	defer report("atReturn's first defer")
	defer func() {
		defer recover()
		fmt.Println("deferred func returns")
	}()
	panic("a")
}

// A panic raised inside the deferred function is recovered first; the
// function then returns normally, and its deferred recover() stops the
// outer panic too.
func afterInnerRecovery() {
	defer report("afterInnerRecovery's first defer")
	defer func() {
		defer recover()
		defer report("inner")
		panic("b2")
	}()
	panic("b1")
}

// Run by the inner panic itself, the deferred recover() is a no-op.
func runByPanic() {
	defer report("runByPanic's first defer")
	defer func() {
		defer report("inner")
		defer recover()
		panic("c2")
	}()
	panic("c1")
}

// Not inside a deferred call: nothing to recover, and no effect.
func notDeferred() {
	defer recover()
	fmt.Println("notDeferred returns")
}

// A function that is deferred but not run by a panic cannot recover.
func deferredOnNormalReturn() {
	defer func() {
		defer recover()
	}()
	fmt.Println("deferredOnNormalReturn returns")
}

func main() {
	atReturn()
	afterInnerRecovery()
	runByPanic()
	notDeferred()
	deferredOnNormalReturn()
	defer fmt.Println("main's defer runs")
	func() {
		defer func() {
			defer recover()
			func() {
				defer recover() // its own function was not run by a panic
			}()
			fmt.Println("still panicking here")
		}()
		panic("d")
	}()
	fmt.Println("end")
}
