// Converting a slice to an array pointer (Go 1.17) aliases the slice; a short slice panics.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	p := (*[2]int)(s)
	p[0] = 100
	fmt.Println(s, *p)
	q := (*[4]int)(s)
	fmt.Println(q[3])
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println("recovered:", isErr)
	}()
	_ = (*[5]int)(s)
	fmt.Println("unreachable")
}
