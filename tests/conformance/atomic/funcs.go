// sync/atomic functions: Add returns the new value (wrapping), Swap the old, CompareAndSwap reports success, for every integer width.
package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

func main() {
	var i32 int32 = math.MaxInt32
	fmt.Println(atomic.AddInt32(&i32, 1), atomic.LoadInt32(&i32))
	fmt.Println(atomic.AddInt32(&i32, -1), atomic.LoadInt32(&i32))
	fmt.Println(atomic.SwapInt32(&i32, 5), atomic.LoadInt32(&i32))
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 4, 9), atomic.CompareAndSwapInt32(&i32, 5, 9), atomic.LoadInt32(&i32))
	atomic.StoreInt32(&i32, -7)
	fmt.Println(atomic.LoadInt32(&i32))

	var i64 int64 = math.MinInt64
	fmt.Println(atomic.AddInt64(&i64, -1), atomic.LoadInt64(&i64))
	fmt.Println(atomic.SwapInt64(&i64, 1<<40), atomic.CompareAndSwapInt64(&i64, 1<<40, 3), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, 42)
	fmt.Println(atomic.LoadInt64(&i64))

	var u32 uint32
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.LoadUint32(&u32)) // subtract 1: wraps
	fmt.Println(atomic.AddUint32(&u32, 2), atomic.SwapUint32(&u32, 100), atomic.CompareAndSwapUint32(&u32, 100, 0), atomic.LoadUint32(&u32))
	atomic.StoreUint32(&u32, 77)
	fmt.Println(atomic.LoadUint32(&u32))

	var u64 uint64 = math.MaxUint64
	fmt.Println(atomic.AddUint64(&u64, 1), atomic.AddUint64(&u64, ^uint64(4)), atomic.LoadUint64(&u64))
	fmt.Println(atomic.SwapUint64(&u64, 9), atomic.CompareAndSwapUint64(&u64, 8, 1), atomic.LoadUint64(&u64))
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.LoadUint64(&u64))

	var up uintptr = 10
	fmt.Println(atomic.AddUintptr(&up, 5), atomic.SwapUintptr(&up, 1), atomic.CompareAndSwapUintptr(&up, 1, 2), atomic.LoadUintptr(&up))
	atomic.StoreUintptr(&up, 0)
	fmt.Println(up)

	// Through pointers to struct fields and slice elements.
	type S struct{ a, b int64 }
	s := &S{}
	xs := make([]uint32, 3)
	atomic.AddInt64(&s.b, 4)
	atomic.AddUint32(&xs[2], 8)
	fmt.Println(*s, xs)
}
