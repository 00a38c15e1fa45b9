// Integer division truncates toward zero.
package main

import "fmt"

func main() {
	vals := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {1, 3}, {-1, 3}, {0, -5}}
	for _, v := range vals {
		fmt.Println(v[0], "/", v[1], "=", v[0]/v[1])
	}
	var a int8 = -9
	var b int8 = 4
	fmt.Println(a/b, a>>2)
	var u uint = 7
	fmt.Println(u / 2)
}
