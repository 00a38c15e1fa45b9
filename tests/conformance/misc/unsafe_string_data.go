// unsafe.String makes a string of the bytes a pointer starts (Go 1.20's panics on bad lengths); unsafe.StringData and unsafe.SliceData give the pointers back, nil for a nil slice.
// gopp: requires go1.22
package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	b := []byte("hello, world")
	s := unsafe.String(&b[7], 5)
	fmt.Println(s, len(s))
	b[7] = 'W'
	fmt.Println(s) // shares b's bytes

	str := "gopher"
	d := unsafe.StringData(str)
	fmt.Println(*d, string(unsafe.Slice(d, 3)))

	xs := []int{10, 20, 30}
	fmt.Println(*unsafe.SliceData(xs), unsafe.SliceData(xs) == &xs[0])
	var none []int
	fmt.Println(unsafe.SliceData(none) == nil, unsafe.SliceData(xs[:0]) != nil)
	fmt.Println(unsafe.String(nil, 0) == "")

	neg := -1
	try("negative", func() { _ = unsafe.String(&b[0], neg) })
	try("nil with len", func() { _ = unsafe.String(nil, 1) })
	try("empty", func() { _ = unsafe.String(&b[0], 0) })
}
