// RUnlock of an RWMutex that no reader holds is a fatal error (exit 2), not a recoverable panic.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("before the extra RUnlock")
	rw.RUnlock()
}
