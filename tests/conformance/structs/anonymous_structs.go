// Anonymous struct types are identical when their fields match, so values are assignable between them.
package main

import "fmt"

type Named struct {
	A int
	B string
}

func main() {
	x := struct {
		A int
		B string
	}{1, "one"}
	var n Named = x
	fmt.Println(n, x)
	fmt.Printf("%T\n%T\n", x, n)
	list := []struct {
		name string
		ok   bool
	}{{"a", true}, {"b", false}}
	for _, e := range list {
		fmt.Println(e.name, e.ok)
	}
	var y struct {
		A int
		B string
	}
	y = x
	fmt.Println(y == x, Named(y) == n)
	cfg := struct{ Debug bool }{}
	fmt.Printf("%+v %v\n", cfg, cfg)
}
