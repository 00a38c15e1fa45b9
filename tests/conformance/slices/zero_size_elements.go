// Elements of size zero (struct{}, named empty structs) take no memory: a slice of them may have any length up to the largest int, copying and appending move nothing, and an append whose length would overflow int panics (Go 1.19 says "growslice: cap out of range" for it; Go 1.20 and later say "growslice: len out of range").
package main

import (
	"fmt"
	"runtime"
)

type empty struct{}

type nested struct{}

const maxInt = int(^uint(0) >> 1)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			_, isRuntime := r.(runtime.Error)
			fmt.Println(name, "panicked:", r, isRuntime)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	huge := make([]empty, maxInt)
	fmt.Println(len(huge), cap(huge), huge[maxInt-1] == empty{})
	huge[maxInt-1] = empty{}

	n := make([]nested, 10, maxInt)
	n = append(n, nested{})
	fmt.Println(len(n), cap(n))
	n = n[:maxInt]
	fmt.Println(len(n), n[maxInt-5])

	other := make([]empty, 1<<40)
	fmt.Println(copy(huge, other), len(huge[1<<40:]))

	ch := make(chan struct{}, 3)
	ch <- struct{}{}
	fmt.Println(len(ch), cap(ch))

	try("append one", func() { huge = append(huge, empty{}) })
	try("append slice", func() { huge = append(huge, other...) })
	try("append two", func() { _ = append(huge[:maxInt-1], empty{}, empty{}) })
	try("append fits", func() { fmt.Println(len(append(huge[:maxInt-1], empty{}))) })
	try("make too long", func() {
		l := -1
		_ = make([]empty, l)
	})
	try("make too long for int64s", func() { _ = make([]int64, maxInt) })
}
