// Shifting an unsigned value left or right by its width or more gives 0.
package main

import "fmt"

func main() {
	var x uint64 = 0xFFFFFFFFFFFFFFFF
	var s uint = 70
	fmt.Println(x<<s == 0, x>>s, x<<63, x>>63)
	s = 64
	fmt.Println(x<<s, x>>s)
	var b uint8 = 0xFF
	var t uint = 8
	fmt.Println(b<<t, b>>t, b<<7, b>>7)
	var u uint32 = 1
	for _, k := range []uint{31, 32, 33, 100} {
		fmt.Println(k, u<<k)
	}
	var i int64 = 1
	fmt.Println(i<<63, i<<64, i<<s)
}
