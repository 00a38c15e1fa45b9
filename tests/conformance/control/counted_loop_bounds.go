// Indexing inside counted loops is still bounds checked wherever the loop's own test does not keep the index in range.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func start() int { return -2 }

func main() {
	s := []int{1, 2, 3, 4, 5}
	short := []int{1, 2}

	// j < len(s) keeps s[j] in range; short[j] is still checked.
	try("other slice", func() {
		sum := 0
		for i := range s {
			for j := i + 1; j < len(s); j++ {
				sum += s[j] * short[j]
			}
		}
		fmt.Println(sum)
	})

	// A counter that starts below zero.
	try("negative start", func() {
		for j := -1; j < len(s); j++ {
			fmt.Println(s[j])
		}
	})
	try("unknown start", func() {
		for j := start(); j < len(s); j++ {
			fmt.Println(s[j])
		}
	})

	// The bound is not the slice's length.
	try("bound past the end", func() {
		n := len(s) + 2
		for j := 0; j < n; j++ {
			_ = s[j]
		}
	})

	// The slice changes inside the loop.
	try("slice shrinks", func() {
		t := []int{1, 2, 3, 4}
		n := len(t)
		for j := 0; j < n; j++ {
			fmt.Println(j, t[j])
			if j == 1 {
				t = t[:2]
			}
		}
	})

	// The index is computed from the counter.
	try("offset index", func() {
		for j := 0; j < len(s); j++ {
			_ = s[j+1]
		}
	})

	// Range over a slice of empty structs may be arbitrarily long: its
	// index still works as an int.
	e := make([]struct{}, 3)
	for i := range e {
		for j := i + 1; j < len(e); j++ {
			fmt.Println(i, j)
		}
	}
	fmt.Println("done")
}
