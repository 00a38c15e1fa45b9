// A method value binds its receiver when evaluated: value receivers are copied then, pointers are not.
package main

import "fmt"

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n }

func main() {
	t := T{1}
	v := t.Val
	p := t.Ptr
	t.n = 2
	fmt.Println(v(), p(), t.Val())
	pt := &T{10}
	pv := pt.Val
	pt.n = 20
	fmt.Println(pv(), pt.Val())
	fs := []func() int{t.Val, pt.Ptr}
	t.n, pt.n = 3, 30
	fmt.Println(fs[0](), fs[1]())
	var i interface{ Val() int } = T{5}
	iv := i.Val
	i = T{6}
	fmt.Println(iv(), i.Val())
}
