// Floating-point overflow and division by zero give ±Inf, not a panic; Inf prints as +Inf/-Inf.
package main

import (
	"fmt"
	"math"
)

func main() {
	var zero float64
	pos := 1 / zero
	neg := -1 / zero
	fmt.Println(pos, neg, pos == math.Inf(1), neg < -math.MaxFloat64)
	fmt.Println(math.IsInf(pos, 1), math.IsInf(neg, 0), math.IsInf(1e308, 0))
	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
	fmt.Println(pos+1, pos*-1, pos-neg, pos/pos)
	fmt.Printf("%v %f %e %g %5.1f|\n", pos, pos, neg, pos, neg)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32*2, float32(big))
}
