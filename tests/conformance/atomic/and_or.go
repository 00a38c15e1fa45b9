// sync/atomic And/Or (Go 1.23): the functions and methods return the old value and leave old&mask / old|mask.
// gopp: requires go1.22
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var i32 int32 = 0b1100
	fmt.Println(atomic.AndInt32(&i32, 0b1010), atomic.LoadInt32(&i32))
	fmt.Println(atomic.OrInt32(&i32, -16), atomic.LoadInt32(&i32))
	var i64 int64 = -1
	fmt.Println(atomic.AndInt64(&i64, 1<<40), atomic.OrInt64(&i64, 3), atomic.LoadInt64(&i64))
	var u32 uint32 = 0xF0F0
	fmt.Println(atomic.AndUint32(&u32, 0xFF00), atomic.OrUint32(&u32, 1), atomic.LoadUint32(&u32))
	var u64 uint64 = 1 << 63
	fmt.Println(atomic.OrUint64(&u64, 1), atomic.AndUint64(&u64, 1), atomic.LoadUint64(&u64))
	var up uintptr = 6
	fmt.Println(atomic.AndUintptr(&up, 3), atomic.OrUintptr(&up, 8), atomic.LoadUintptr(&up))

	var a atomic.Int32
	a.Store(7)
	fmt.Println(a.And(5), a.Or(8), a.Load())
	var b atomic.Int64
	fmt.Println(b.Or(1<<62), b.And(1<<62|1), b.Load())
	var c atomic.Uint32
	fmt.Println(c.Or(3), c.And(2), c.Load())
	var d atomic.Uint64
	fmt.Println(d.Or(^uint64(0)), d.And(255), d.Load())
	var e atomic.Uintptr
	fmt.Println(e.Or(12), e.And(4), e.Load())
}
