// A range clause that assigns to existing variables (`for k, v = range x`) assigns each iteration's values as one assignment statement: the index operands and pointers on the left are evaluated first, then the variables are assigned left to right; this holds for slices, arrays, strings and maps.
package main

import "fmt"

type pair struct{ a, b int }

func main() {
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	arr := [3]string{"a", "b", "c"}
	j := 2
	for j, arr[j] = range [2]string{"p", "q"} {
	}
	fmt.Println(j, arr)

	runes := make([]rune, 8)
	k := 7
	for k, runes[k] = range "héllo" {
	}
	fmt.Println(k, string(runes))

	m := map[string]int{"only": 5}
	keys := []string{"", ""}
	var name string
	for name, keys[len(name)%2] = range map[string]string{"xy": "v"} {
	}
	fmt.Println(name, keys)
	for name, m[name] = range map[string]int{"new": 7} {
	}
	fmt.Println(name, m)

	p := &pair{}
	q := p
	var v int
	for v, p.a = range []int{4} {
		p = &pair{}
	}
	fmt.Println(v, *q, *p)

	count := 0
	idx := func() int { count++; return 0 }
	z := []int{0, 0, 0}
	var w int
	for w, z[idx()] = range []int{1, 2, 3} {
	}
	fmt.Println(w, z, count)
}
