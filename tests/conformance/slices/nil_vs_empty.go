// A nil slice and an empty slice both have len 0 and print as [], but only the nil one == nil.
package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := b[:0]
	fmt.Println(a == nil, b == nil, c == nil, d == nil)
	fmt.Println(len(a), cap(a), len(b), a, b)
	fmt.Printf("%v %v %#v %#v\n", a, b, a, b)
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var e []int
	e = e[:0]
	fmt.Println(e == nil, len(e[0:]))
	for range e {
		fmt.Println("never")
	}
	var s []string
	fmt.Printf("%q %d\n", s, len(s))
	f := a[:0:0]
	fmt.Println(f == nil, len(f))
}
