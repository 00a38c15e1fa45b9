// No race: close publishes the plain writes made before it to every receiver that returns because of it.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	name  string
	ports []int
}

func main() {
	var cfg *config
	table := make(map[string]int)
	ready := make(chan struct{})
	go func() {
		cfg = &config{name: "primary", ports: []int{80, 443}}
		table["a"] = 1
		table["b"] = 2
		close(ready)
	}()

	results := make([]string, 4)
	var wg sync.WaitGroup
	for r := 0; r < 4; r++ {
		r := r
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-ready
			results[r] = fmt.Sprint(cfg.name, cfg.ports, table["a"]+table["b"])
		}()
	}
	wg.Wait()
	for _, s := range results {
		fmt.Println(s)
	}
	// A receive from the closed channel in main too.
	_, ok := <-ready
	fmt.Println(ok, cfg.name)
}
