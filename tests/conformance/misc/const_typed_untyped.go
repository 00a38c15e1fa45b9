// Untyped constants take their type from context; typed constants keep their type; huge untyped constants are fine until used.
package main

import (
	"fmt"
	"math"
)

const Big = 1 << 200
const Typed int32 = 7
const Pi = 3.14159265358979323846264338327950288

func main() {
	fmt.Println(Big >> 195)
	var f float32 = Pi
	var g float64 = Pi
	fmt.Println(f, g)
	fmt.Printf("%T %T %T %T %T\n", Typed, 'x', 1.0, 1, 2i)
	x := 1 << 3.0
	fmt.Printf("%T %v\n", x, x)
	const c = 'a' + 1
	fmt.Printf("%T %v %c\n", c, c, c)
	fmt.Println(math.MaxUint64/2 == math.MaxInt64, uint64(math.MaxUint64))
	const str = "con" + "cat"
	fmt.Println(len(str), str[1])
	d := 10 / 4 * 4.0
	fmt.Println(d)
	e := 10 / 4.0 * 4
	fmt.Println(e)
}
