// Converting an integer to a float rounds to the nearest representable value (ties to even).
package main

import "fmt"

func main() {
	var a int64 = 1<<53 + 1
	fmt.Println(float64(a), int64(float64(a)))
	var b int64 = 1<<53 + 3
	fmt.Println(int64(float64(b)))
	var c int32 = 16777217
	fmt.Println(float32(c), int32(float32(c)))
	var d uint64 = 1<<64 - 1
	fmt.Println(float64(d), float32(d))
	var e int = -7
	fmt.Println(float64(e)/2, float64(e/2))
	var f int64 = 123456789
	fmt.Println(float32(f), float64(f))
}
