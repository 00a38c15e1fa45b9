// Unlock of an RWMutex that no writer holds is a fatal error (exit 2), not a recoverable panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("Unlock while only a reader holds it")
	rw.Unlock()
}
