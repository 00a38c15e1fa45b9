// -0.0 equals 0.0 but keeps its sign bit; the constant -0.0 is plain zero.
package main

import (
	"fmt"
	"math"
)

func main() {
	nz := math.Copysign(0, -1)
	fmt.Println(nz, nz == 0, math.Signbit(nz))
	fmt.Println(1/nz, 1/(-nz))
	c := -0.0
	fmt.Println(c, math.Signbit(c), 1/c)
	var zero float64
	v := -zero
	fmt.Println(v, math.Signbit(v))
	fmt.Printf("%v %.1f %g %e\n", nz, nz, nz, nz)
	fmt.Println(nz+0, nz*1, nz-0, 0-nz)
	var nf32 = float32(nz)
	fmt.Println(nf32, math.Signbit(float64(nf32)))
}
