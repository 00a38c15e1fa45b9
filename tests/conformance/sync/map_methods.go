// sync.Map: Load, Store, LoadOrStore, LoadAndDelete, Delete and Range (which stops when f returns false), with interface keys of mixed types.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type key struct{ a, b int }

func dump(m *sync.Map) {
	var lines []string
	m.Range(func(k, v any) bool {
		lines = append(lines, fmt.Sprintf("%T %v = %v", k, k, v))
		return true
	})
	sort.Strings(lines)
	fmt.Println(len(lines), lines)
}

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println("Load on empty:", v, ok)
	m.Store("a", 1)
	m.Store(2, "two")
	m.Store(key{1, 2}, []int{3})
	m.Store(2.5, nil)
	m.Store("a", 10) // replaces
	dump(&m)
	v, ok = m.Load(key{1, 2})
	fmt.Println("struct key:", v, ok)
	v, ok = m.Load(int64(2)) // another type: another key
	fmt.Println("int64(2):", v, ok)
	v, ok = m.Load(2.5)
	fmt.Println("stored nil value:", v, ok)

	act, loaded := m.LoadOrStore("a", 99)
	fmt.Println("LoadOrStore existing:", act, loaded)
	act, loaded = m.LoadOrStore("b", 20)
	fmt.Println("LoadOrStore new:", act, loaded)

	v, loaded = m.LoadAndDelete("a")
	fmt.Println("LoadAndDelete:", v, loaded)
	v, loaded = m.LoadAndDelete("a")
	fmt.Println("LoadAndDelete again:", v, loaded)
	m.Delete(2)
	m.Delete("never there")
	dump(&m)

	n := 0
	for i := 0; i < 10; i++ {
		m.Store(100+i, i)
	}
	m.Range(func(k, v any) bool {
		n++
		return n < 3
	})
	fmt.Println("Range stopped after", n)

	// Deleting during Range: deleted keys not yet visited are not visited.
	var d sync.Map
	for i := 0; i < 5; i++ {
		d.Store(i, i)
	}
	visited := 0
	first := -1
	d.Range(func(k, v any) bool {
		visited++
		first = k.(int)
		for j := 0; j < 5; j++ {
			if j != k.(int) {
				d.Delete(j)
			}
		}
		return true
	})
	fmt.Println("visited while deleting the others:", visited)
	left := 0
	d.Range(func(k, v any) bool {
		left++
		fmt.Println("the one left is the one visited:", k == first)
		return true
	})
	fmt.Println("left:", left)
}
