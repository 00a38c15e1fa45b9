// sync.Map keys follow map key rules: an unhashable dynamic key type panics with Go's run-time error.
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "panicked:", err)
		} else {
			fmt.Println(name, "ok:", r)
		}
	}()
	f()
}

func main() {
	var m sync.Map
	try("Store slice key", func() { m.Store([]int{1}, 1) })
	try("Load map key", func() { m.Load(map[string]int{}) })
	try("LoadOrStore func key", func() { m.LoadOrStore(func() {}, 1) })
	try("Store slice value", func() { m.Store("k", []int{1, 2}) })
	v, _ := m.Load("k")
	fmt.Println(v)
}
