// Constant expressions are exact (arbitrary precision); the same arithmetic at run time wraps.
package main

import "fmt"

const big = 1 << 100
const huge = big * big

func main() {
	fmt.Println(big>>98, huge>>199)
	const c int8 = 100
	x := c
	fmt.Println(x+x+x, c/3*3)
	fmt.Println(7/2, 7/2.0, -7/2, 7.0/2)
	const k = 1 << 62
	v := int64(k)
	fmt.Println(v*4, k*4/8)
	var u uint8 = 255
	const w = 255 + 1 - 1
	fmt.Println(u+1, uint8(w))
	fmt.Println(1<<10-1, 'a'+1, string(rune('a'+1)))
}
