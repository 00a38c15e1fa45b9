// 16- and 32-bit integers, signed and unsigned, wrap around at their own width.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int16 = math.MaxInt16
	a++
	fmt.Println(a)
	var b uint16 = 65535
	b += 2
	fmt.Println(b)
	var c int32 = math.MaxInt32
	c += c
	fmt.Println(c)
	var d int32 = math.MinInt32
	fmt.Println(-d, d-1)
	var e uint32 = 1 << 31
	fmt.Println(e*2, e*3, e-e-1)
	var f int16 = 300
	fmt.Println(f * f)
}
