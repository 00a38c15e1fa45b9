// When append exceeds the capacity it copies into a new array; the old slice no longer aliases the new one.
package main

import "fmt"

func main() {
	s := make([]int, 2, 2)
	t := append(s, 3)
	t[0] = 9
	fmt.Println(s, t, cap(t) >= 3)
	var acc []int
	for i := 0; i < 10; i++ {
		acc = append(acc, i*i)
	}
	fmt.Println(acc, len(acc), cap(acc) >= 10)
	u := append([]int(nil), acc[2:5]...)
	u[0] = -1
	fmt.Println(acc[2], u)
	w := append(acc[:1], acc[5:]...)
	fmt.Println(w, acc)
	b := append([]byte("ab"), "cdé"...)
	fmt.Println(b, string(b))
}
