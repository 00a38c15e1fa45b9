// make([]T, len, cap) zeroes elements; a slice can be resliced up to its capacity but not past it.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(s, len(s), cap(s))
	t := s[:cap(s)]
	fmt.Println(t, len(t))
	t[4] = 9
	u := s[2:5]
	fmt.Println(u, cap(u))
	v := s[5:5]
	fmt.Println(v, len(v), cap(v))
	strs := make([]string, 2)
	fmt.Printf("%q\n", strs)
	type P struct{ X, Y int }
	ps := make([]P, 2)
	fmt.Println(ps)
	bs := make([]bool, 3, 3)
	fmt.Println(bs)
}
