// int64 and uint64 (and int, uint: 64 bits here) wrap around on overflow.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a, a == math.MinInt64)
	var b uint64 = 0
	b--
	fmt.Println(b)
	var c int = math.MaxInt
	fmt.Println(c+1, c*2, c*c)
	var d uint = math.MaxUint
	fmt.Println(d+1, d*2, d*d)
	var e int64 = 1 << 62
	fmt.Println(e*2, e*4)
	var f uint64 = 10000000000
	fmt.Println(f * f)
}
