// A map key is copied for its address unless it is a string or a 4- or 8-byte memory key aligned as its size; a key converted from []byte makes the lookup happen in place; each variable of a var declaration is its own statement.
package main

import "fmt"

type K8 struct{ A, B int32 }
type K4 [2]int16
type W struct{ A, B int }

var g = 1

func setG() int { g = 2; return 0 }

func main() {
	m8 := map[K8]int{{1, 1}: 10, {2, 2}: 20}
	k8 := K8{1, 1}
	f8 := func() int { k8 = K8{2, 2}; return 0 }
	fmt.Println(m8[k8] + f8())
	m4 := map[K4]int{{1, 1}: 10, {2, 2}: 20}
	k4 := K4{1, 1}
	f4 := func() int { k4 = K4{2, 2}; return 0 }
	fmt.Println(m4[k4] + f4())
	m64 := map[int64]int{1: 10, 2: 20}
	k64 := int64(1)
	f64 := func() int { k64 = 2; return 0 }
	fmt.Println(m64[k64] + f64())
	mp := map[*int]int{}
	one, two := 1, 2
	kp := &one
	mp[&one], mp[&two] = 10, 20
	fp := func() int { kp = &two; return 0 }
	fmt.Println(mp[kp] + fp())

	kw := W{1, 1}
	fw := func() int { kw = W{2, 2}; return 5 }
	fmt.Println(map[W]int{kw: fw()})

	ms := map[string]int{"a": 1}
	bs := []byte("a")
	fs := func() int { ms["a"] = 2; return 0 }
	fmt.Println(ms[string(bs)], fs())

	var a, b = g, setG()
	fmt.Println(a, b)
	g = 1
	c, d := g, setG()
	fmt.Println(c, d)
}
