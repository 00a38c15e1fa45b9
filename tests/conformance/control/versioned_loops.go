// Loops whose tuple post steps two ends by one towards each other run the same whether they end within one chunk of iterations or not: break and continue (also out of a switch), labelled branches, variables declared in the body, panics, and gaps counted in the type's own width up to the full range of int64 and uint.
package main

import (
	"fmt"
	"math"
)

// pairs counts iterations and sums i*j, leaving at limit iterations.
func pairs(lo, hi, limit int64) (n, sum int64) {
	for i, j := lo, hi; i < j; i, j = i+1, j-1 {
		if n == limit {
			break
		}
		n++
		sum += i ^ j
	}
	return n, sum
}

func main() {
	// Around the chunk: gaps of 8191, 8192 and 8193 with a step of 2.
	for _, hi := range []int64{0, 1, 2, 8191, 8192, 8193, 100000} {
		n, sum := pairs(0, hi, -1)
		fmt.Println("pairs", hi, n, sum)
	}
	// The whole range of int64: the gap does not fit in int64.
	fmt.Println(pairs(math.MinInt64, math.MaxInt64, 5))
	fmt.Println(pairs(math.MaxInt64-5, math.MaxInt64, -1))
	fmt.Println(pairs(math.MinInt64, math.MinInt64+5, -1))

	// uint: the two ends of the type.
	c := 0
	var ui, uj uint
	for ui, uj = 0, ^uint(0); ui < uj; ui, uj = ui+1, uj-1 {
		c++
		if c == 7 {
			break
		}
	}
	fmt.Println("uint", c, ui, uj)

	// Counting down with >, and an end that does not move.
	d := 0
	for i, j := 10, 0; i > j; i, j = i-1, j+1 {
		d = d*10 + i
	}
	fmt.Println("down", d)
	k := 0
	for i, s := 0, 0; i < 20000; i, s = i+1, s+2 {
		k += s - i
	}
	fmt.Println("fixed end", k)

	// continue out of a switch runs the post; break out of a switch
	// with a label leaves the loop; variables declared in the body.
	for _, hi := range []int{40, 40000} {
		evens, last := 0, 0
	loop:
		for i, j := 0, hi; i < j; i, j = i+1, j-1 {
			x := i * j
			switch {
			case i%2 == 1:
				continue
			case x > 300:
				last = i
				break loop
			}
			i := i + 1000
			evens += i
		}
		fmt.Println("switch", hi, evens, last)
	}

	// continue with a label, from the two-ended loop to the outer one.
	found := 0
outer:
	for r := 0; r < 3; r++ {
		for i, j := 0, 10000*(r+1); i < j; i, j = i+1, j-1 {
			if i*j > 5000*(r+1) {
				found += i
				continue outer
			}
		}
	}
	fmt.Println("outer", found)

	// An index out of range inside the loop panics as Go's does.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a := make([]int, 5)
		for i, j := 0, 9; i < j; i, j = i+1, j-1 {
			a[i], a[j] = a[j], a[i]
		}
	}()
}
