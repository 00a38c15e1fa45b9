// Unlock of an unlocked Mutex is a fatal error: exit status 2, and recover cannot stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("before second Unlock")
	mu.Unlock()
	fmt.Println("not reached")
}
