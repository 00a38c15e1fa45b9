// A call taking a multi-value call's results, or a builtin with calls in two arguments, is an index like any other expression: of arrays, pointers to arrays, slices, strings, and as an assignment's place.
package main

import "fmt"

func two() (int, int)  { return 2, 1 }
func sub(a, b int) int { return a - b }
func one() int         { return 1 }

func main() {
	var arr [3]int
	arr[sub(two())]++
	arr[sub(two())] += 5
	p := &arr
	p[sub(two())+1] = 7
	s := []string{"a", "b", "c"}
	str := "xyz"
	fmt.Println(arr, p[sub(two())], s[sub(two())], str[sub(two())])
	fmt.Println(s[int(real(complex(float64(one()), float64(one()))))], arr[copy(make([]int, one()), make([]int, one()))])
}
