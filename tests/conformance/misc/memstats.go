// runtime.ReadMemStats: byte counts grow with live allocations, TotalAlloc only grows, runtime.GC counts as a (forced) collection, the heap covers what is in use.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]byte

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 64; i++ {
		keep = append(keep, make([]byte, 1<<20))
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("live 64 MiB counted:", after.HeapAlloc-before.HeapAlloc >= 60<<20, after.Alloc == after.HeapAlloc)
	fmt.Println("TotalAlloc grew by at least 64 MiB:", after.TotalAlloc-before.TotalAlloc >= 64<<20)
	fmt.Println("forced collections:", after.NumForcedGC-before.NumForcedGC, "collections grew:", after.NumGC >= before.NumGC+2)
	fmt.Println("heap covers use:", after.HeapSys >= after.HeapAlloc, after.Sys >= after.HeapSys, after.EnableGC)
	fmt.Println(len(keep))
}
