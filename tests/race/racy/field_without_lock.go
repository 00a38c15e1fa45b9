// Race: a struct field read without the mutex that its writer holds.
package main

import (
	"fmt"
	"sync"
	"time"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

// peek forgets the lock.
func (a *account) peek() int {
	return a.balance
}

var sink int // keeps the racy read from being optimised away

func main() {
	a := &account{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a.deposit(10)
	}()
	go func() {
		defer wg.Done()
		// Keeps the accesses apart in time (the detector can miss two
		// made at the same instant); sleeping does not synchronise.
		time.Sleep(10 * time.Millisecond)
		sink = a.peek()
	}()
	wg.Wait()
	a.mu.Lock()
	fmt.Println("done", a.balance)
	a.mu.Unlock()
}
