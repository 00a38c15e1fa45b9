// Unsigned 8-bit arithmetic wraps around modulo 2^8; byte is uint8.
package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c byte = 16
	fmt.Println(c*17, c*16, -c)
	var d byte = 200
	fmt.Println(d+d, d-201, d*d)
}
