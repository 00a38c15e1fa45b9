// math.Floor/Ceil/Trunc/Round/RoundToEven on negative values and halves; math.Mod's sign follows x.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, v := range []float64{2.5, -2.5, 3.5, -0.4, 1.7, -1.7} {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v))
	}
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Abs(-3.2), math.Pow(2, 10), math.Pow(2, 0.5))
	fmt.Println(math.MaxInt64, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Log2(1024), math.Log10(0.001))
}
