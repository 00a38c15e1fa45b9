// Chains of conversions around indexed operands compute as Go says (in C++ they must not read as declarations or casts of what follows).
package main

import "fmt"

type U16 uint16

func id(x float64) float64 { return x }

func f(x float64) float64 { return x }

func main() {
	v := []int{3}
	w := float32(1)
	fmt.Println((float32(uint64(v[0]))) - w)
	u := []uint64{3}
	ws := []float32{1, 2}
	xs := []int64{1}
	for j := 0; j < 1; j++ {
		fmt.Println(xs[j] - int64(id(float64(float32(U16(u[j]))/(ws[1]-ws[0])+ws[j]))))
	}
	a := []int8{1, 2}
	g := []float64{8}
	for j := 0; j < 2; j++ {
		fmt.Println(uint16(f(g[0])) >> (((a[j] & a[0]) | a[j]) & 63))
	}
}
