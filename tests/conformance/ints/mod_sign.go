// The remainder has the sign of the dividend: x == (x/y)*y + x%y.
package main

import "fmt"

func main() {
	vals := [][2]int{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {6, 3}, {-6, 3}, {0, 3}}
	for _, v := range vals {
		x, y := v[0], v[1]
		fmt.Println(x, "%", y, "=", x%y, (x/y)*y+x%y == x)
	}
	var a int16 = -32768
	var b int16 = 7
	fmt.Println(a%b, a/b)
}
