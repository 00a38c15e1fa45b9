// Variadic parameters: no arguments give a nil slice; f(s...) passes s itself (no copy).
package main

import "fmt"

func sum(prefix string, nums ...int) string {
	t := 0
	for _, n := range nums {
		t += n
	}
	return fmt.Sprint(prefix, len(nums), nums == nil, t)
}

func zero(nums ...int) {
	for i := range nums {
		nums[i] = 0
	}
}

func describe(args ...interface{}) {
	fmt.Println(len(args), args)
}

func main() {
	fmt.Println(sum("a"))
	fmt.Println(sum("b", 1, 2, 3))
	s := []int{4, 5}
	fmt.Println(sum("c", s...))
	zero(s...)
	fmt.Println(s)
	t := []int{1, 2}
	zero(t[0], t[1])
	fmt.Println(t)
	describe()
	describe(nil)
	describe(1, "x", nil)
	is := []interface{}{1, 2}
	describe(is...)
	describe(is)
	fmt.Println(sum("d", []int{}...))
}
