// WithValue and the other constructors panic as Go does: nil key, uncomparable key, nil parent.
package main

import (
	"context"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	bg := context.Background()
	try("nil key", func() { context.WithValue(bg, nil, 1) })
	try("slice key", func() { context.WithValue(bg, []int{1}, 1) })
	try("map key", func() { context.WithValue(bg, map[string]int{}, 1) })
	try("nil parent WithValue", func() { context.WithValue(nil, "k", 1) })
	try("nil parent WithCancel", func() { context.WithCancel(nil) })
	try("nil parent WithTimeout", func() { context.WithTimeout(nil, 1) })
	try("ok", func() { context.WithValue(bg, struct{ a, b int }{1, 2}, 1) })
}
