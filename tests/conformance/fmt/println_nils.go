// Println of nil slices, maps, pointers, interfaces, errors and funcs.
package main

import "fmt"

type T struct{ A int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	var i interface{}
	var e error
	var f func()
	var ch chan int
	fmt.Println(s, m, p, i, e, f == nil, ch)
	fmt.Printf("%v %v %v %v %v\n", s, m, p, i, e)
	fmt.Printf("%+v %#v %#v %#v %#v\n", p, p, i, e, s)
	fmt.Printf("%d %s %q\n", s, m, s)
	fmt.Println([]*T{nil}, map[string]*T{"x": nil}, []interface{}{nil, s})
	fmt.Println([]error{nil}, struct{ E error }{})
	var ps *[]int
	fmt.Println(ps)
}
