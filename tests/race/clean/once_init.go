// No race: sync.Once initialises a shared value once; every goroutine that returns from Do reads it without a lock.
package main

import (
	"fmt"
	"sync"
)

type settings struct {
	limits map[string]int
	names  []string
}

var (
	once  sync.Once
	cfg   *settings
	inits int
)

func get() *settings {
	once.Do(func() {
		inits++
		cfg = &settings{limits: map[string]int{"conns": 10, "retries": 3}}
		cfg.names = append(cfg.names, "alpha", "beta")
	})
	return cfg
}

func main() {
	sums := make([]int, 16)
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		g := g
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := get()
			sums[g] = s.limits["conns"] + s.limits["retries"] + len(s.names)
		}()
	}
	wg.Wait()
	fmt.Println("inits:", inits)
	fmt.Println("sums:", sums)
}
