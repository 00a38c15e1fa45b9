// Once.Do calls f exactly once across goroutines; every Do returns after f has finished; a panicking f counts as done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	calls := 0
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			once.Do(func() { calls++ })
			results[i] = calls // f has returned before any Do returns
		}(i)
	}
	wg.Wait()
	fmt.Println("calls:", calls, "results:", results)
	once.Do(func() { fmt.Println("never") })

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("boom in Do") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do after panic ran f:", ran)

	// Do from inside f's goroutine tree: a second Once is independent.
	var a, b sync.Once
	a.Do(func() { b.Do(func() { fmt.Println("nested Once ran") }) })
}
