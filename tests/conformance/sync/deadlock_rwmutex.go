// RWMutex.Lock waiting for a reader that never leaves, and RLock behind it, with all blocked, is the deadlock fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	go func() {
		rw.Lock()
	}()
	for rw.TryRLock() {
		rw.RUnlock()
	}
	fmt.Println("writer pending")
	rw.RLock()
}
