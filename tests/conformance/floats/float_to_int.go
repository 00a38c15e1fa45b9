// Converting a float to an integer truncates toward zero (for values in range).
package main

import "fmt"

func main() {
	for _, f := range []float64{3.9, -3.9, 0.5, -0.5, 2.5, 1e10, -1e15, 127.99} {
		fmt.Println(f, int(f), int64(f), int32(f/1e6))
	}
	var g float32 = 255.9
	fmt.Println(uint8(g), int(g))
	h := 9007199254740993.0
	fmt.Println(int64(h))
}
