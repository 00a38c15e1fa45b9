// sync.Map's Go 1.20+ methods: Swap reports the previous value, CompareAndSwap/CompareAndDelete compare by interface equality, Clear empties it.
// gopp: requires go1.22
package main

import (
	"fmt"
	"sort"
	"sync"
)

func keys(m *sync.Map) []string {
	var ks []string
	m.Range(func(k, v any) bool {
		ks = append(ks, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(ks)
	return ks
}

func main() {
	var m sync.Map
	prev, loaded := m.Swap("a", 1)
	fmt.Println("Swap new:", prev, loaded)
	prev, loaded = m.Swap("a", 2)
	fmt.Println("Swap existing:", prev, loaded)

	fmt.Println("CAS wrong old:", m.CompareAndSwap("a", 1, 3))
	fmt.Println("CAS int64 old vs int:", m.CompareAndSwap("a", int64(2), 3))
	fmt.Println("CAS right old:", m.CompareAndSwap("a", 2, 3))
	fmt.Println("CAS missing key:", m.CompareAndSwap("zz", nil, 1))
	m.Store("n", nil)
	fmt.Println("CAS nil old on nil value:", m.CompareAndSwap("n", nil, "x"))

	fmt.Println("CompareAndDelete wrong old:", m.CompareAndDelete("a", 2))
	fmt.Println("CompareAndDelete right old:", m.CompareAndDelete("a", 3))
	fmt.Println("CompareAndDelete missing:", m.CompareAndDelete("a", 3))
	fmt.Println(keys(&m))

	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	fmt.Println(len(keys(&m)))
	m.Clear()
	fmt.Println("after Clear:", keys(&m))
	m.Store("again", true)
	fmt.Println(keys(&m))
	var e sync.Map
	e.Clear()
	fmt.Println("Clear of a zero Map:", keys(&e))
}
