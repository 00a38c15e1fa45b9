// Shift counts may be of any integer type, including signed ones, when non-negative.
package main

import "fmt"

func main() {
	x := 1
	var i8 int8 = 3
	var i64 int64 = 10
	var u16 uint16 = 4
	var i int = 62
	fmt.Println(x<<i8, x<<i64, x<<u16, x<<i)
	y := uint32(0x80000000)
	fmt.Println(y>>i8, y>>u16)
	// The count's type does not affect the result's type.
	z := int8(1) << i64
	fmt.Printf("%T %v\n", z, z)
}
