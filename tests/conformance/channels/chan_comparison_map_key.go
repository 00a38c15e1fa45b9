// Channel values compare equal when they are the same channel; they work as map keys and inside interfaces.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	a2 := a
	fmt.Println(a == a2, a == b, a != b)
	var n chan int
	fmt.Println(n == nil, a == nil)
	var ro <-chan int = a
	fmt.Println(ro == a)
	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[a2], names[b], len(names))
	names[a2] = "A"
	fmt.Println(names[a], len(names))
	var x, y interface{} = a, a2
	var z interface{} = b
	fmt.Println(x == y, x == z)
	set := map[interface{}]int{}
	set[a]++
	set[a2]++
	set[b]++
	fmt.Println(set[a], set[b], len(set))
	type pair struct{ in, out chan int }
	p1 := pair{a, b}
	p2 := pair{a2, b}
	fmt.Println(p1 == p2)
}
