// A map literal is built entry by entry, each entry's calls in its turn; a map key compared by address (not a string or a 4- or 8-byte memory key) is copied at its place among the calls.
package main

import "fmt"

var x = 1

func f() int { x = 2; return 3 }

type K struct{ A, B int }

func main() {
	m := map[string]int{"a": x, "b": f()}
	fmt.Println(m["a"], m["b"])
	x = 1
	m2 := map[string]int{"b": f(), "a": x}
	fmt.Println(m2["a"], m2["b"])
	x = 1
	fmt.Println(map[string]int{"a": x, "b": f()}, x)

	mk := map[K]int{{1, 1}: 10, {2, 2}: 20}
	k := K{1, 1}
	g := func() int { k = K{2, 2}; mk[K{1, 1}] = 11; return 0 }
	y := mk[k] + g()
	fmt.Println(y)

	ms := map[string]int{"a": 10, "b": 20}
	s := "a"
	h := func() int { s = "b"; ms["a"] = 11; return 0 }
	z := ms[s] + h()
	fmt.Println(z)

	ma := map[[2]int]int{{1, 1}: 1, {2, 2}: 2}
	ka := [2]int{1, 1}
	j := func() int { ka = [2]int{2, 2}; return 0 }
	ma[ka] = j() + 10
	fmt.Println(ma)

	mf := map[float64]string{}
	kf := 1.5
	l := func() string { kf = 2.5; return "v" }
	mf[kf] = l()
	fmt.Println(mf)
}
