// RWMutex.TryLock needs no holder at all; TryRLock fails only while a writer holds or waits.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("TryRLock free:", rw.TryRLock())
	fmt.Println("TryRLock with a reader:", rw.TryRLock())
	fmt.Println("TryLock with readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryLock with a writer:", rw.TryLock())
	fmt.Println("TryRLock with a writer:", rw.TryRLock())
	rw.Unlock()
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	rw.RUnlock()
	fmt.Println("TryLock after all released:", rw.TryLock())
	rw.Unlock()
}
