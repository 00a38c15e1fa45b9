// Unsigned subtraction below zero wraps, so len-based unsigned arithmetic can become huge.
package main

import "fmt"

func main() {
	var n uint = 0
	fmt.Println(n-1 > 100, n-1)
	s := []int{}
	fmt.Println(uint(len(s)) - 1)
	var a, b uint8 = 3, 5
	fmt.Println(a-b, int(a)-int(b), int8(a-b))
	var c uint32 = 10
	var d uint32 = 20
	fmt.Println(c-d, (c-d)+d)
}
