// A pointer to an array can be indexed, sliced, ranged over and measured with len directly.
package main

import "fmt"

func main() {
	arr := [4]int{10, 20, 30, 40}
	p := &arr
	p[1] = 21
	fmt.Println(arr[1], len(p), cap(p), p[3])
	s := p[1:3]
	s[0]++
	fmt.Println(arr, s)
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println(sum)
	for i := range p {
		p[i] *= 2
	}
	fmt.Println(*p)
	q := new([3]string)
	q[2] = "z"
	fmt.Printf("%q\n", *q)
	var np *[5]int
	fmt.Println(len(np))
	for i := range np {
		fmt.Print(i)
	}
	fmt.Println()
}
