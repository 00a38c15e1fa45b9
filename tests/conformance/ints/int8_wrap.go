// Signed 8-bit arithmetic wraps around modulo 2^8 on +, -, * and unary minus.
package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println(a)
	var b int8 = -128
	b--
	fmt.Println(b)
	var c int8 = 100
	fmt.Println(c*3, c+c, -c-c-c)
	var d int8 = -128
	fmt.Println(-d, d*-1, d/1)
	var e int8 = 64
	fmt.Println(e*2, e*4)
}
