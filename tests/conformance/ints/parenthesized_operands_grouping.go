// Parenthesized operands keep Go's grouping whatever C++'s precedence: (a)&(b)+1, (h<<5)^x + 1, y>>1&(y) == 2 group as Go groups them.
package main

import (
	"fmt"
	"math/bits"
)

func hash(s string) uint64 {
	var h uint64 = 5381
	for i := 0; i < len(s); i++ {
		h = (h<<5)^uint64(s[i]) + 1
	}
	return h
}

func main() {
	x := uint64(7)
	var u uint32 = 9
	fmt.Println(x>>1&(x)+1, (u>>1)&uint32(x)<<2, hash("_?~"))
	y := 6
	if y>>1&(y) == 2 {
		fmt.Println("taken")
	}
	a, b := -5, 3
	fmt.Println((a)|(b)*2, (a)^(b) == -8, (a)%(b)+(b)%(a), -(a)&(b)<<1)
	f, g := 1.5, 2.0
	fmt.Println((f)*(g)+(g), (f)-(g)*(f) < 0)
	p, q := true, false
	fmt.Println((p) || (q) && (q), !(p) == (q))
	fmt.Println(bits.OnesCount(7), bits.OnesCount64(0xff00ff), bits.Len(1000), bits.RotateLeft8(0x81, 1))
}
