// Unary ^ is bitwise complement (-x-1 for signed, max-x for unsigned); &^ is AND NOT.
package main

import "fmt"

func main() {
	var a int = 0
	fmt.Println(^a, ^5, ^-1)
	var b uint8 = 0
	fmt.Println(^b, ^uint8(0x0F))
	var c uint16 = 1
	fmt.Println(^c)
	x := 0b1111_0000
	y := 0b1010_1010
	fmt.Println(x&y, x|y, x^y, x&^y)
	fmt.Printf("%08b %08b\n", x&^y, uint8(^x))
	var i int8 = 5
	fmt.Println(^i, -i-1)
}
