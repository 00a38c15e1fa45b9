// runtime.Breakpoint traps: the program ends with "SIGTRAP: trace trap" and exit status 2, deferred calls not run.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred: not printed")
	fmt.Println("before")
	runtime.Breakpoint()
	fmt.Println("after: not printed")
}
