// The most negative integer divided by -1 is itself (no panic); the remainder is 0.
package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MinInt64
	var m int64 = -1
	fmt.Println(a/m, a%m)
	var b int8 = -128
	var n int8 = -1
	fmt.Println(b/n, b%n)
	var c int32 = math.MinInt32
	var o int32 = -1
	fmt.Println(c/o, c%o)
	var d int = math.MinInt
	var p = -1
	fmt.Println(d/p == d, d%p)
	d /= p
	fmt.Println(d)
}
