// Operands and call arguments are evaluated left to right; assignments evaluate index operands first.
package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	fmt.Println(trace)
	trace = nil
	fmt.Println(t("x", 1), t("y", 2), t("z", 3))
	fmt.Println(trace)
	s := []int{0, 0, 0}
	i := 0
	i, s[i] = 1, 9
	fmt.Println(i, s)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	x := []int{1, 2, 3}
	j := 0
	x[j], j = 100, 2
	fmt.Println(x, j)
	m := map[string]int{}
	k := "first"
	m[k], k = len(k), "second"
	fmt.Println(m, k)
}
