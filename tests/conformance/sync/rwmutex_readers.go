// RWMutex admits many readers at once (all 5 hold RLock together) but a writer alone; writers lose no updates.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	const readers = 5
	var arrived sync.WaitGroup
	arrived.Add(readers)
	release := make(chan struct{})
	var done sync.WaitGroup
	for i := 0; i < readers; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			rw.RLock()
			arrived.Done() // every reader reaches here while the others hold the lock
			<-release
			rw.RUnlock()
		}()
	}
	arrived.Wait()
	fmt.Println("all readers hold the lock; TryLock:", rw.TryLock(), "TryRLock:", rw.TryRLock())
	rw.RUnlock()
	close(release)
	done.Wait()

	total := 0
	seenOdd := false
	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.Lock()
				total++ // odd while a writer is inside
				total++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				rw.RLock()
				if total%2 == 1 {
					seenOdd = true
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total, "reader saw a writer inside:", seenOdd)
}
