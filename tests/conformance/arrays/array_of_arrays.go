// Multi-dimensional arrays are arrays of arrays; [...] and keyed literals fix the length.
package main

import "fmt"

func main() {
	var m [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			m[i][j] = i * j
		}
	}
	fmt.Println(m, len(m), len(m[0]))
	a := [...]int{5: 1, 2, 0: 7}
	fmt.Println(a, len(a))
	b := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", b, len(b))
	id := [2][2]int{{1}, {1: 1}}
	fmt.Println(id)
	m[1] = [4]int{9, 9, 9, 9}
	fmt.Println(m[1], m[2])
	fmt.Printf("%v %T\n", m[0][:2], m[0][:2])
}
