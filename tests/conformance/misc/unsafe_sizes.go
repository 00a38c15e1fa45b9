// unsafe.Sizeof, Alignof and Offsetof are constants with gc's 64-bit
// layout: padding, trailing zero-size fields, promoted fields.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a bool
	b int64
	c int16
	d struct{}
}

type E struct {
	x int8
	S
	c64 complex64
}

type Z struct {
	a int32
	z [0]int
}

func main() {
	var s S
	var e E
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c), unsafe.Offsetof(s.d))
	fmt.Println(unsafe.Sizeof(e), unsafe.Offsetof(e.S), unsafe.Offsetof(e.b), unsafe.Offsetof(e.c64), unsafe.Alignof(e.c64))
	fmt.Println(unsafe.Sizeof(Z{}), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(nil)))
	fmt.Println(unsafe.Sizeof([3]int16{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(func() {}), unsafe.Sizeof(1.5), unsafe.Sizeof('x'))
	const k = unsafe.Sizeof(int32(0)) * 2
	var arr [k]byte
	fmt.Println(len(arr))
}
