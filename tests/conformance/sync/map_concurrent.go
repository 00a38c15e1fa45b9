// sync.Map under concurrent use: LoadOrStore on one key stores exactly once; disjoint Stores all land.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var mu sync.Mutex
	winners := 0
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			if _, loaded := m.LoadOrStore("shared", g); !loaded {
				mu.Lock()
				winners++
				mu.Unlock()
			}
			for i := 0; i < 100; i++ {
				m.Store(g*1000+i, i)
			}
		}(g)
	}
	wg.Wait()
	count, sum := 0, 0
	m.Range(func(k, v any) bool {
		if k != "shared" {
			count++
			sum += v.(int)
		}
		return true
	})
	fmt.Println("LoadOrStore winners:", winners)
	fmt.Println("entries:", count, "sum:", sum)
}
