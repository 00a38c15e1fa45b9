// Storing a value in an interface copies it; later changes to the variable do not affect the interface.
package main

import "fmt"

type S struct{ n int }

func main() {
	s := S{1}
	var i interface{} = s
	s.n = 2
	fmt.Println(i, s)
	arr := [2]int{1, 2}
	var j interface{} = arr
	arr[0] = 9
	fmt.Println(j, arr)
	sl := []int{1, 2}
	var k interface{} = sl
	sl[0] = 9
	fmt.Println(k)
	x := i.(S)
	x.n = 3
	fmt.Println(i)
}
