// runtime.SetFinalizer on a value that is not a pointer is a fatal error with Go's text.
package main

import "runtime"

func main() {
	runtime.SetFinalizer(42, func(int) {})
}
