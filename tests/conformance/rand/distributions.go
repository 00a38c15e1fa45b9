// NormFloat64, ExpFloat64 and Zipf draw Go's exact values from a seeded Rand (the ziggurat and rejection-inversion methods with Go's tables); NewZipf refuses s <= 1 or v < 1.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 8; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	// Many draws reach the tails and the wedges: their moments are exact.
	var sn, sn2, se float64
	for i := 0; i < 300000; i++ {
		n := r.NormFloat64()
		sn += n
		sn2 += n * n
		se += r.ExpFloat64()
	}
	fmt.Printf("%.12f %.12f %.12f\n", sn, sn2, se)
	minN, maxE := math.Inf(1), 0.0
	for i := 0; i < 100000; i++ {
		minN = math.Min(minN, r.NormFloat64())
		maxE = math.Max(maxE, r.ExpFloat64())
	}
	fmt.Println(minN, maxE)

	z := rand.NewZipf(rand.New(rand.NewSource(11)), 1.5, 2, 100)
	var counts [101]int
	for i := 0; i < 100000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts[:12], counts[100])
	fmt.Println(rand.NewZipf(r, 1, 2, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)

	rand.Seed(5)
	fmt.Println(rand.NormFloat64(), rand.ExpFloat64())
	var zz *rand.Zipf
	defer func() { fmt.Println(recover()) }()
	zz.Uint64()
}
