// No race: goroutines register and remove finalizers on their own objects (runtime.SetFinalizer synchronises nothing and needs nothing); a WaitGroup orders their counts before main reads them.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type buffer struct {
	id   int
	data [32]byte
}

var finalized sync.Map

func main() {
	var wg sync.WaitGroup
	kept := make([][]*buffer, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				b := &buffer{id: w*1000 + i}
				runtime.SetFinalizer(b, func(b *buffer) { finalized.Store(b.id, true) })
				if i%2 == 0 {
					runtime.SetFinalizer(b, nil)
				}
				kept[w] = append(kept[w], b)
			}
		}(w)
	}
	wg.Wait()
	n := 0
	for _, bs := range kept {
		n += len(bs)
	}
	runtime.KeepAlive(kept)
	fmt.Println("registered finalizers on", n, "objects")
}
