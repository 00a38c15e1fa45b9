// Mutex.TryLock succeeds only on an unlocked mutex and then holds it; it never blocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("TryLock on unlocked:", mu.TryLock())
	fmt.Println("TryLock while held:", mu.TryLock())
	done := make(chan bool)
	go func() { done <- mu.TryLock() }()
	fmt.Println("TryLock from another goroutine while held:", <-done)
	mu.Unlock()
	fmt.Println("TryLock after Unlock:", mu.TryLock())
	mu.Unlock()
	mu.Lock()
	fmt.Println("TryLock after Lock:", mu.TryLock())
	mu.Unlock()
}
