// range over a slice evaluates it once: later appends don't extend the loop, element writes are seen.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s[1] = 20
			s = append(s, 4)
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)
	t := []int{1, 2, 3}
	for i := range t {
		t = t[:1]
		fmt.Println("i", i)
	}
	u := []int{10, 20, 30}
	for _, v := range u {
		v *= 2
		_ = v
	}
	fmt.Println(u)
	for i := range u {
		u[i] *= 2
	}
	fmt.Println(u)
}
