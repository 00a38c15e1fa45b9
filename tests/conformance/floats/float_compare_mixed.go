// Float comparisons and arithmetic: float32 vs float64 of the same literal differ after widening.
package main

import "fmt"

func main() {
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(float64(f32) == f64, f32 == float32(f64))
	fmt.Println(float64(f32) > f64)
	var x float64 = 1e16
	fmt.Println(x+1 == x, x+2 == x)
	a := 0.1
	s := 0.0
	for i := 0; i < 3; i++ {
		s += a
	}
	fmt.Println(s, s == 0.3, s > 0.3)
	fmt.Println(1.0/49*49, 1.0/49*49 == 1)
}
