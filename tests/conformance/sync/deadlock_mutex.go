// Locking a Mutex that nobody will unlock, with every goroutine blocked, is Go's deadlock fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
