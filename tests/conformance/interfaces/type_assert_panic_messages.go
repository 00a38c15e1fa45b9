// The texts of type-assertion panics: wrong concrete type, nil interface, and missing method.
package main

import (
	"fmt"
	"io"
)

type I interface{ M() }
type T struct{}
type U int

func (U) M() {}

func try(f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(isErr, err)
	}()
	f()
}

func main() {
	var x interface{} = T{}
	try(func() { _ = x.(int) })
	try(func() { _ = x.(I) })
	try(func() { _ = x.(U) })
	var nilX interface{}
	try(func() { _ = nilX.(string) })
	try(func() { _ = nilX.(I) })
	var i I = U(1)
	try(func() { _ = i.(io.Reader) })
	var e error = fmt.Errorf("e")
	try(func() { _ = e.(I) })
}
