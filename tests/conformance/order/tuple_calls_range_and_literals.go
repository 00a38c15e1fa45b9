// a, s[i] = f() calls f before reading i; a range expression is ordered like a statement; map literals read their entries at their place; a struct or array key on the fast path is copied at its place.
package main

import "fmt"

var i = 0

func f() (int, int) { i = 1; return 7, 8 }

var k = 1
var fs = []func(int) string{func(int) string { return "fs[0]" }, func(int) string { return "fs[1]" }}

func zeroK() int { k = 0; return 0 }

var x = 1

func setX() int { x = 2; return 0 }

type K struct{ A int64 }

func main() {
	s := []int{0, 0}
	var y int
	s[i], y = f()
	fmt.Println(s, y)

	for _, v := range []string{fs[k](zeroK())} {
		fmt.Println(v)
	}

	fmt.Println(map[int]int{1: x}, setX())
	x = 1
	a := []map[int]int{{1: x}, {2: setX()}}
	fmt.Println(a)

	m := map[K]int{{1}: 10, {2}: 20}
	key := K{1}
	mod := func() int { key = K{2}; return 0 }
	fmt.Println(m[key] + mod())
	ma := map[[1]int64]int{{1}: 10, {2}: 20}
	ka := [1]int64{1}
	moda := func() int { ka[0] = 2; return 0 }
	fmt.Println(ma[ka] + moda())
}
