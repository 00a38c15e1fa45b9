// Slice expressions: a result with no room (capacity 0; length 0 for strings) keeps its operand's base pointer instead of pointing past the end; others point at element lo.
package main

import (
	"fmt"
	"unsafe"
)

// data is the pointer word of a slice or string header.
func sliceData(s []int32) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }
func stringData(s string) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }

var (
	hello = "hello"
	ints  = []int32{1, 2, 3, 4, 5}
	arr   [5]int32
	five  = 5
	two   = 2
)

func offset(p, base uintptr) uintptr { return p - base }

func main() {
	b := sliceData(ints)
	fmt.Println("ints[5:]", offset(sliceData(ints[5:]), b))
	fmt.Println("ints[five:]", offset(sliceData(ints[five:]), b))
	fmt.Println("ints[2:]", offset(sliceData(ints[2:]), b))
	fmt.Println("ints[two:two]", offset(sliceData(ints[two:two]), b))
	fmt.Println("ints[two:two:two]", offset(sliceData(ints[two:two:two]), b))
	fmt.Println("ints[1:][2:][2:]", offset(sliceData(ints[1:][2:][2:]), b))

	s := stringData(hello)
	fmt.Println("hello[5:]", offset(stringData(hello[5:]), s))
	fmt.Println("hello[two:two]", offset(stringData(hello[two:two]), s))
	fmt.Println("hello[two:]", offset(stringData(hello[two:]), s))

	a := uintptr(unsafe.Pointer(&arr))
	fmt.Println("arr[5:]", offset(sliceData(arr[five:]), a))
	fmt.Println("arr[two:two:two]", offset(sliceData(arr[two:two:two]), a))
	fmt.Println("arr[two:four]", offset(sliceData(arr[two:4]), a))
	p := &arr
	fmt.Println("p[five:]", offset(sliceData(p[five:]), a))
}
