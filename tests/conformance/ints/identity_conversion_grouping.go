// A conversion to the type its operand already has still groups the operand: b-uint32(a^31) subtracts the whole xor, in generic bodies too.
package main

import "fmt"

type myint = int

func g[T ~uint32](a, b T) T { return a - T(a^b) }

func main() {
	var a, b uint32 = 100, 1000
	var x, y int = 6, 3
	fl := 2.5
	t, f := true, false
	s := "ab"
	fmt.Println(b-uint32(a^31), x&int(y|1), x*myint(y+1), fl/float64(fl+1), !bool(t && f), g(a, b))
	fmt.Println(string(s+"c") < "abd", (uint32)(a|1)<<2, -int(x-y))
}
