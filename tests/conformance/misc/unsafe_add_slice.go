// unsafe.Add moves a pointer by a signed count of bytes; unsafe.Slice makes a slice over memory a pointer starts, panicking on negative or oversized lengths and on a nil pointer with a length.
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type pair struct{ a, b int32 }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(interface{ RuntimeError() })
			fmt.Println(name, "panics:", r, isRuntime)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var buf [8]byte
	for i := range buf {
		buf[i] = byte('a' + i)
	}
	p := unsafe.Pointer(&buf[2])
	fmt.Println(*(*byte)(unsafe.Add(p, 3)), *(*byte)(unsafe.Add(p, -2)), *(*byte)(unsafe.Add(p, uint8(1))))
	var back int8 = -1
	fmt.Println(unsafe.Add(p, back) == unsafe.Pointer(&buf[1]))

	s := unsafe.Slice(&buf[1], 4)
	fmt.Println(string(s), len(s), cap(s), &s[0] == &buf[1])
	s[0] = 'X'
	fmt.Println(string(buf[:]))

	pairs := []pair{{1, 2}, {3, 4}, {5, 6}}
	ps := unsafe.Slice(&pairs[1], 2)
	ps[1].b = 60
	fmt.Println(ps, pairs)
	fmt.Println(unsafe.Slice((*int)(nil), 0) == nil)

	var neg = -1
	var big uint64 = math.MaxUint64
	try("nil with len", func() { _ = unsafe.Slice((*int)(nil), 1) })
	try("negative", func() { _ = unsafe.Slice(new(byte), neg) })
	try("huge", func() { _ = unsafe.Slice(new(byte), big) })
	try("too much memory", func() { _ = unsafe.Slice(new(uint64), uint64(1)<<61) })
	last := (*byte)(unsafe.Pointer(^uintptr(0)))
	try("last byte", func() { _ = unsafe.Slice(last, 1) })
	try("past the end", func() { _ = unsafe.Slice(last, 2) })
	_ = unsafe.Slice(&buf[0], neg)
}
