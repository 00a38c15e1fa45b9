// NaN keys never match: each insertion adds an entry and lookups fail; +0 and -0 are the same key.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	v, ok := m[nan]
	fmt.Println(len(m), v, ok)
	sum := 0
	for k, v := range m {
		if k != k {
			sum += v
		}
	}
	fmt.Println(sum)
	delete(m, nan)
	fmt.Println(len(m))
	z := map[float64]string{}
	z[0.0] = "pos"
	z[math.Copysign(0, -1)] = "neg"
	fmt.Println(len(z), z[0])
}
