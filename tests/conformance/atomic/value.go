// atomic.Value: nil before the first Store; Store/Load/Swap/CompareAndSwap of one fixed type, with Go's panic texts for nil and mixed types.
package main

import (
	"fmt"
	"sync/atomic"
)

type pt struct{ x, y int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %T: %v\n", name, r, r)
		}
	}()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println("Load before Store:", v.Load())
	v.Store(pt{1, 2})
	fmt.Println(v.Load(), v.Load().(pt).y)
	fmt.Println("Swap returns old:", v.Swap(pt{3, 4}), "now:", v.Load())
	fmt.Println("CAS equal value:", v.CompareAndSwap(pt{3, 4}, pt{5, 6}), v.Load())
	fmt.Println("CAS other value:", v.CompareAndSwap(pt{3, 4}, pt{7, 8}), v.Load())

	try("Store nil", func() { v.Store(nil) })
	try("Store other type", func() { v.Store("string") })
	try("Swap nil", func() { v.Swap(nil) })
	try("Swap other type", func() { v.Swap(1) })
	try("CAS nil new", func() { v.CompareAndSwap(pt{5, 6}, nil) })
	try("CAS mixed old/new", func() { v.CompareAndSwap(1, pt{1, 1}) })
	try("CAS new of other type", func() { v.CompareAndSwap(nil, "s") })

	var w atomic.Value
	fmt.Println("CAS on empty with non-nil old:", w.CompareAndSwap(pt{}, pt{1, 1}), w.Load())
	fmt.Println("CAS on empty with nil old:", w.CompareAndSwap(nil, pt{1, 1}), w.Load())
	var s atomic.Value
	fmt.Println("Swap on empty:", s.Swap([]int{1}), s.Load())
	try("CAS uncomparable", func() { s.CompareAndSwap([]int{1}, []int{2}) })
}
