// Writing a nil map and dereferencing a nil pointer raise runtime errors that recover can inspect.
package main

import "fmt"

type node struct{ next *node }

func try(f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	f()
}

func main() {
	var m map[string]int
	try(func() { m["x"] = 1 })
	var p *node
	try(func() { _ = p.next })
	var ip *int
	try(func() { *ip = 1 })
	var arr *[3]int
	try(func() { _ = arr[1] })
}
