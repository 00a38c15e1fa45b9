// Interfaces are equal when their dynamic types are identical and the dynamic values are equal.
package main

import "fmt"

type A int
type P struct{ X int }

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	y = A(1)
	fmt.Println(x == y, y == A(1))
	x, y = P{1}, P{1}
	fmt.Println(x == y)
	p := &P{1}
	x, y = p, &P{1}
	fmt.Println(x == y, x == interface{}(p))
	var e1, e2 error
	fmt.Println(e1 == e2, e1 == nil)
	fmt.Println(interface{}("a") == "a", interface{}(nil) == nil)
	var s fmt.Stringer
	var any interface{} = s
	fmt.Println(any == nil)
	x, y = []int(nil), 5
	fmt.Println(x == y)
}
