// %v, %+v and %#v of nested structs; a top-level pointer to a struct prints as &{...}.
package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	Tags  map[string]int
	inner Inner
}

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []Inner{{2, "y"}}, Tags: map[string]int{"t": 1}, inner: Inner{3, "z"}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	p := &Inner{7, "p"}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", p)
	fmt.Println(p, []*Inner{nil})
	var np *Inner
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%v %#v\n", struct{}{}, struct{ X, y int }{1, 2})
}
