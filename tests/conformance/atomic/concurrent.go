// Atomic read-modify-writes from 40 goroutines lose no update: Add, a Load+CompareAndSwap loop, and the typed Int64.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var added int64
	var cas uint32
	var typed atomic.Int64
	var flag atomic.Bool
	var wg sync.WaitGroup
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt64(&added, 2)
				for {
					old := atomic.LoadUint32(&cas)
					if atomic.CompareAndSwapUint32(&cas, old, old+1) {
						break
					}
				}
				typed.Add(-1)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&added), atomic.LoadUint32(&cas), typed.Load(), flag.Load())
}
