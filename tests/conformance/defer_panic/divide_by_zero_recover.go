// Integer division and remainder by zero raise a runtime.Error whose text is "runtime error: integer divide by zero".
package main

import (
	"fmt"
)

type runtimeError interface {
	error
	RuntimeError()
}

func main() {
	a, b := 10, 0
	for _, op := range []string{"/", "%"} {
		func() {
			defer func() {
				r := recover()
				re, ok := r.(runtimeError)
				fmt.Println(op, ok, re.Error())
			}()
			if op == "/" {
				fmt.Println(a / b)
			} else {
				fmt.Println(a % b)
			}
		}()
	}
	f, g := 1.0, 0.0
	fmt.Println(f / g)
}
