// Integer conversions truncate to the target width and sign-extend from signed sources.
package main

import "fmt"

func main() {
	var x int64 = 300
	fmt.Println(int8(x), uint8(x), int16(x))
	var m1 int8 = -1
	fmt.Println(uint8(m1), uint16(m1), uint32(m1), uint64(m1))
	var big uint32 = 0xFFFFFFFF
	fmt.Println(int32(big), int64(big), int8(big))
	var n int32 = -5
	fmt.Println(int64(n), uint32(n))
	var y uint64 = 70000
	fmt.Println(uint16(y), int16(y), byte(y))
	var z int = 0x12345678
	fmt.Println(int8(z), uint8(z), int16(z), uint16(z))
	var r rune = 0x1F600
	fmt.Println(byte(r), uint16(r))
}
