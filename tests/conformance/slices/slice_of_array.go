// Slicing an array aliases it; a slice's pointer into an old array survives reallocation.
package main

import "fmt"

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := arr[1:3]
	s[0] = 20
	arr[2] = 30
	fmt.Println(arr, s, cap(s))
	s = append(s, 40)
	fmt.Println(arr)
	s = append(s, 50)
	s[0] = -2
	fmt.Println(arr, s)
	items := []int{1, 2}
	p := &items[0]
	items = append(items, 3)
	*p = 100
	fmt.Println(items[0], *p)
	full := []int{1, 2}
	q := &full[1]
	full = append(full[:2:2], 3)
	*q = 200
	fmt.Println(full)
}
