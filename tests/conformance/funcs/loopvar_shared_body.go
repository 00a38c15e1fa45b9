// A variable declared outside the loop is shared by all closures created in the loop.
package main

import "fmt"

func main() {
	var fs []func() int
	j := 0
	for i := 0; i < 3; i++ {
		j = i
		fs = append(fs, func() int { return j })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 3; i++ {
		k := i * 2
		gs = append(gs, func() int { return k })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var hs []func() int
	for i := 0; i < 3; i++ {
		hs = append(hs, func(n int) func() int { return func() int { return n } }(i))
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
