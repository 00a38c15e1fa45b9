// float32 arithmetic rounds to single precision at every operation and conversion.
package main

import "fmt"

func main() {
	var a float32 = 16777216
	fmt.Println(a+1 == a, float32(16777217), float64(float32(16777217)))
	var t float32 = 0.1
	fmt.Println(t, float64(t), float64(0.1))
	var sum32 float32
	var sum64 float64
	for i := 0; i < 10; i++ {
		sum32 += 0.1
		sum64 += 0.1
	}
	fmt.Println(sum32, sum64)
	x := float32(1) / 3
	fmt.Println(x, float64(x), 1.0/3)
	big := float32(3.4e38)
	fmt.Println(big*10, big*10 > big, -big*10)
}
