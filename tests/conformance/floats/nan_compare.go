// NaN compares unequal to everything including itself; every ordered comparison with NaN is false.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0)
	fmt.Println(math.IsNaN(nan), nan, -nan)
	x := nan
	fmt.Println(x == x, x+1, x*0)
	var zero float64
	z := zero / zero
	fmt.Println(z, math.IsNaN(z), z == z)
	fmt.Println(math.Max(3, nan), math.Min(nan, 3))
	fmt.Println(math.Inf(1)-math.Inf(1), 0*math.Inf(-1))
	var f32 = float32(nan)
	fmt.Println(f32 == f32, f32)
}
