// Struct assignment copies fields: arrays inside are copied, slices and maps inside stay shared.
package main

import "fmt"

type S struct {
	Arr   [2]int
	Slice []int
	Map   map[string]int
	Ptr   *int
}

func modify(s S) {
	s.Arr[0] = 100
	s.Slice[0] = 100
	s.Map["k"] = 100
	*s.Ptr = 100
}

func main() {
	x := 1
	a := S{[2]int{1, 2}, []int{1, 2}, map[string]int{"k": 1}, &x}
	b := a
	b.Arr[1] = 20
	b.Slice[1] = 20
	fmt.Println(a.Arr, a.Slice, b.Arr, b.Slice)
	modify(a)
	fmt.Println(a.Arr, a.Slice, a.Map, x)
	arr := []S{a}
	e := arr[0]
	e.Arr[0] = -1
	fmt.Println(arr[0].Arr[0])
}
