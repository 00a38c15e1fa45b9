// Converting a float that is out of the integer type's range (or NaN) is
// implementation-specific; this pins down what Go's amd64 code gives:
// int8..int32, uint8 and uint16 go through a 32-bit truncation, int64 and
// uint32 through a 64-bit one, and out-of-range gives the minimum of that width.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{3e9, -3e9, 1e30, -1e30, math.Inf(1), math.Inf(-1), math.NaN(),
		70000, -70000, 300, -300, 2147483648, -2147483649, 4294967296, 1.9e19, -1,
		9.3e18, -9.3e18, 255.9, -0.5}
	for _, v := range vals {
		fmt.Println(v, int8(v), int16(v), int32(v), int64(v), uint8(v), uint16(v), uint32(v), uint64(v))
		f := float32(v)
		fmt.Println("  float32:", int8(f), int16(f), int32(f), int64(f), uint8(f), uint16(f), uint32(f), uint64(f))
	}
}
