// A full slice expression s[lo:hi:max] sets cap = max-lo, so a later append must reallocate.
package main

import "fmt"

func main() {
	a := []int{0, 1, 2, 3, 4, 5}
	s := a[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30)
	fmt.Println(a)
	s = append(s, 40)
	s[0] = -1
	fmt.Println(a, s)
	t := a[2:2:2]
	fmt.Println(len(t), cap(t))
	t = append(t, 7)
	fmt.Println(a, t)
	arr := [5]int{1, 2, 3, 4, 5}
	u := arr[:2:3]
	fmt.Println(u, cap(u), u[:3])
}
