// Loops whose post statement steps variables by constants (tuple posts, steps other than one, two ends moving towards each other) keep Go's semantics however long they run: trip counts, break and continue, final values, and wrap-around at the ends of small integer types.
package main

import "fmt"

func reverse(a []int) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

func main() {
	// Two ends meeting, for even and odd lengths around 2*4096.
	for _, n := range []int{0, 1, 2, 3, 8191, 8192, 8193, 20000} {
		a := make([]int, n)
		for i := range a {
			a[i] = i
		}
		reverse(a)
		ok := true
		for i, v := range a {
			ok = ok && v == n-1-i
		}
		fmt.Println("reverse", n, ok)
	}

	// Steps other than one, up and down, with < <= > >=.
	count := func(f func() int) int { return f() }
	fmt.Println(count(func() int {
		c := 0
		for i := 0; i < 100000; i += 3 {
			c++
		}
		return c
	}))
	fmt.Println(count(func() int {
		c := 0
		for i := 0; i <= 99999; i += 3 {
			c++
		}
		return c
	}))
	fmt.Println(count(func() int {
		c, last := 0, 0
		for i := 100000; i > 7; i -= 7 {
			c++
			last = i
		}
		return c*1000000 + last
	}))
	fmt.Println(count(func() int {
		c := 0
		for i := 100000; i >= 0; i -= 5 {
			c++
		}
		return c
	}))
	fmt.Println(count(func() int {
		c := 0
		for i, j := 0, 50000; i <= j; i, j = i+2, j-3 {
			c++
		}
		return c
	}))

	// break, continue and the variables' final values.
	i, j := 0, 30000
	skipped := 0
	for ; i < j; i, j = i+1, j-1 {
		if i%4096 == 4095 {
			skipped++
			continue
		}
		if i == 12345 {
			break
		}
	}
	fmt.Println(i, j, skipped)
	i, j = 0, 30001
	for ; i < j; i, j = i+1, j-1 {
	}
	fmt.Println(i, j)

	// A variable the post steps that the condition does not test.
	k := 0
	for i, m := 0, int8(0); i < 1000; i, m = i+1, m+7 {
		k += int(m)
	}
	fmt.Println(k)

	// Small integer types: the gap is counted in the type's own width.
	n8 := 0
	for a, b := int8(-128), int8(127); a < b; a, b = a+1, b-1 {
		n8++
	}
	u8 := 0
	for a := uint8(0); a < 250; a += 50 {
		u8++
	}
	fmt.Println(n8, u8)

	// An end that would wrap around: Go's loop ends when it does.
	wraps := 0
	for a, b := int8(0), int8(120); a < b; a, b = a+2, b+1 {
		wraps++
	}
	fmt.Println("wraps", wraps)
	down := 0
	for a := int8(-100); a > -128; a -= 30 {
		down++
	}
	fmt.Println("down", down)

	// break, continue (to the post statement) and the final value in a
	// loop stepping by 3; a labelled continue out of one stepping by 5.
	s, skipped3, last3 := 0, 0, 0
	for ; s < 40000; s += 3 {
		if s%4096 < 3 {
			skipped3++
			continue
		}
		if s >= 30001 {
			break
		}
		last3 = s
	}
	fmt.Println(s, skipped3, last3)
	s = 100
	for ; s >= -100000; s -= 7 {
	}
	fmt.Println(s)
outer:
	for r := 0; r < 3; r++ {
		for k := 0; k < 50000; k += 5 {
			if k == 25000+r*5 {
				fmt.Println("leave", r, k)
				continue outer
			}
		}
	}
}
