// Right shift of a negative signed integer is arithmetic (sign-filling), also for counts >= width.
package main

import "fmt"

func main() {
	var a int = -8
	fmt.Println(a>>1, a>>2, a>>3, a>>4)
	var b int = -7
	fmt.Println(b>>1, b/2)
	var c int64 = -1
	var n uint = 100
	fmt.Println(c>>n, c>>63, c>>64)
	var d int8 = -128
	fmt.Println(d>>1, d>>7, d>>8, d>>n)
	var e int32 = -1
	fmt.Println(e<<31, e<<32, e<<n)
	var f int8 = 1
	fmt.Println(f<<7, f<<8)
}
