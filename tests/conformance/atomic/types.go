// atomic.Int32/Int64/Uint32/Uint64/Uintptr/Bool methods: zero values, Add, Load, Store, Swap, CompareAndSwap.
package main

import (
	"fmt"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	on     atomic.Bool
}

func main() {
	var i32 atomic.Int32
	fmt.Println(i32.Load(), i32.Add(-5), i32.Swap(3), i32.CompareAndSwap(3, 4), i32.CompareAndSwap(3, 5), i32.Load())
	i32.Store(100)
	fmt.Println(i32.Load())

	var i64 atomic.Int64
	fmt.Println(i64.Add(1<<40), i64.Swap(-1), i64.CompareAndSwap(-1, 0), i64.Load())

	var u32 atomic.Uint32
	fmt.Println(u32.Add(^uint32(0)), u32.Swap(1), u32.CompareAndSwap(1, 2), u32.Load())

	var u64 atomic.Uint64
	u64.Store(1 << 63)
	fmt.Println(u64.Add(1<<63), u64.Load(), u64.Swap(5), u64.CompareAndSwap(5, 6), u64.Load())

	var up atomic.Uintptr
	fmt.Println(up.Add(3), up.Swap(8), up.CompareAndSwap(8, 9), up.Load())
	up.Store(1)
	fmt.Println(up.Load())

	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())

	var s stats
	s.hits.Add(2)
	s.misses.Add(1)
	s.on.Store(true)
	fmt.Println(s.hits.Load(), s.misses.Load(), s.on.Load())
	var x, y atomic.Int64
	fmt.Println("zero values equal:", x == y)
}
