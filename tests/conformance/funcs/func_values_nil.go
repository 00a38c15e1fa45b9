// Function values are comparable only to nil; calling a nil function panics with a nil dereference.
package main

import "fmt"

type handler func(string) string

func main() {
	var f func()
	fmt.Println(f == nil)
	f = func() {}
	fmt.Println(f != nil)
	var h handler
	fmt.Println(h == nil)
	h = func(s string) string { return "<" + s + ">" }
	fmt.Println(h("x"), h != nil)
	m := map[string]func(int) int{"sq": func(x int) int { return x * x }}
	if g, ok := m["sq"]; ok {
		fmt.Println(g(7))
	}
	fmt.Println(m["cube"] == nil)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var nf func(int) int
	nf(1)
}
