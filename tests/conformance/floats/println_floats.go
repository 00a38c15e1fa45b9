// Println/%v format float64 with %g using the shortest repr, switching to exponent form at e21 and e-5.
package main

import "fmt"

func main() {
	fmt.Println(1e21, 1e20, 123456789.0, 1e6, 100.0, 3.0)
	fmt.Println(1e-7, 1e-5, 0.0001, 0.000123, 1.5e-10)
	x, y := 0.1, 0.2
	fmt.Println(x+y, 0.1+0.2, 1.0/3, 2.0/3, 1e100)
	fmt.Println(float32(0.1), float32(1e21), float32(1)/3, float32(16777216))
	fmt.Println(-2.5, 1e+21*10, 12345678901234567890.0)
	var f float64 = 5
	fmt.Println(f, f/2, f*1e20, f*1e21)
	fmt.Print(1.0, 2.0, "\n")
	fmt.Print(1.5, "x", 2.25, "\n")
}
