// Taking the address of a loop variable yields a distinct pointer per iteration; the copy happens before the post statement.
// gopp: go1.22 semantics; Go 1.19 prints otherwise
package main

import "fmt"

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var vs []*string
	for _, v := range []string{"x", "y"} {
		vs = append(vs, &v)
	}
	fmt.Println(*vs[0], *vs[1], vs[0] != vs[1])
	var incs []func()
	for i := 0; i < 2; i++ {
		incs = append(incs, func() { i += 10 })
		incs[len(incs)-1]()
		fmt.Println("in loop", i)
	}
}
