// Counted loops (for i := a; i < b; i++ and range over slices and arrays) keep Go's semantics however long they run: break and continue at any iteration, labelled branches out of nested loops, the variable's final value, bounds the body changes, and the ends of small integer types.
package main

import "fmt"

func sumTo(n int) (s int) {
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	// Trip counts around 4096 and its multiples, and empty ranges.
	for _, n := range []int{-5, 0, 1, 4095, 4096, 4097, 8192, 8193, 100000} {
		fmt.Println("sumTo", n, sumTo(n))
	}

	// break and continue at iterations around 4096.
	for _, stop := range []int{4094, 4096, 4097, 8193, 12289} {
		last, skipped := -1, 0
		for i := 0; i < 20000; i++ {
			if i%4096 == 0 || i%4096 == 4095 {
				skipped++
				continue
			}
			if i == stop {
				break
			}
			last = i
		}
		fmt.Println("stop", stop, "last", last, "skipped", skipped)
	}

	// The variable outlives the loop: its final value is the bound.
	i := 3
	for ; i < 9000; i++ {
	}
	fmt.Println("after up", i)
	j := 9000
	for j > -3 {
		j--
	}
	for j = 9000; j >= 0; j-- {
	}
	fmt.Println("after down", j)

	// Counting down, strict and inclusive.
	down := 0
	for k := 10000; k > 0; k-- {
		down += k
	}
	for k := 4100; k >= 0; k-- {
		down -= k
	}
	fmt.Println("down", down)

	// Inclusive constant bounds.
	inc := 0
	for k := 1; k <= 5000; k++ {
		inc += k
	}
	fmt.Println("inclusive", inc)

	// Inclusive bounds held in variables, up to the type's largest value.
	for _, hi := range []int{-1, 0, 4095, 4096, 9000} {
		inc = 0
		for k := 0; k <= hi; k++ {
			inc += k
		}
		fmt.Println("inclusive to", hi, inc)
	}
	top, count8 := int64(9223372036854775807), 0
	for k := top - 5000; k <= top; k++ {
		count8++
		if count8 > 5003 {
			fmt.Println("int64 <= max wrapped to", k)
			break
		}
	}
	floor := int8(-128)
	count8 = 0
	for k := int8(-120); k >= floor; k-- {
		count8++
		if count8 == 12 {
			fmt.Println("int8 >= min wrapped to", k)
			break
		}
	}
	lo, count8 := uint16(100), 0
	for k := uint16(70000 - 65536); k >= lo; k-- {
		count8++
	}
	fmt.Println("uint16 down to", lo, count8)

	// A bound the body changes is read again at every test.
	n, visits := 10, 0
	for k := 0; k < n; k++ {
		visits++
		if k == 3 {
			n = 6000
		}
	}
	fmt.Println("moving bound", n, visits)

	// A slice the body appends to: len is read at every test.
	s := []int{1, 2, 3}
	for k := 0; k < len(s); k++ {
		if len(s) < 5000 {
			s = append(s, k)
		}
	}
	fmt.Println("growing slice", len(s), s[4999])

	// The body changes the variable itself.
	hops := 0
	for k := 0; k < 10000; k++ {
		if k%1000 == 0 {
			k += 500
		}
		hops++
	}
	fmt.Println("hops", hops)

	// Labelled branches from an inner loop.
	pairs := 0
outer:
	for a := 0; a < 5000; a++ {
		for b := 0; b < 5000; b++ {
			if b > a {
				continue outer
			}
			if a == 4500 {
				break outer
			}
			pairs++
		}
	}
	fmt.Println("pairs", pairs)

	// Ends of small integer types.
	var count int
	for x := int8(-128); x < 127; x++ {
		count++
	}
	fmt.Println("int8 up", count)
	count = 0
	for x := int8(127); x > -128; x-- {
		count++
	}
	fmt.Println("int8 down", count)
	count = 0
	for x := uint8(250); x <= 255; x++ {
		count++
		if count == 10 {
			fmt.Println("uint8 <= 255 wrapped to", x)
			break
		}
	}
	count = 0
	for x := uint(3); x >= 0; x-- {
		count++
		if count == 6 {
			fmt.Println("uint >= 0 wrapped to", x == ^uint(0)-1)
			break
		}
	}
	count = 0
	for x := int16(32760); x <= 32767; x++ {
		count++
		if count == 9 {
			fmt.Println("int16 <= max wrapped to", x)
			break
		}
	}

	// Range over slices and arrays past 4096 elements.
	big := make([]int, 10000)
	for k := range big {
		big[k] = k
	}
	total := 0
	for k, v := range big {
		if k%4096 == 4095 {
			continue
		}
		if v == 9999 {
			break
		}
		total += v
	}
	fmt.Println("range slice", total)
	var arr [5000]int16
	for k := range arr {
		arr[k] = int16(k)
	}
	last := int16(0)
	for _, v := range arr {
		last = v
	}
	fmt.Println("range array", last)
}
