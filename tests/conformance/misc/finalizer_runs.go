// runtime.SetFinalizer: finalizers of unreachable objects run, one goroutine at a time, after collections; a finalizer may take an interface the object implements; SetFinalizer(x, nil) removes one.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

type T struct {
	id  int
	pad [64]byte
}

func (t *T) String() string { return fmt.Sprint("T", t.id) }

var ran, viaIface, removedRan int64

//go:noinline
func makeGarbage(n int) {
	for i := 0; i < n; i++ {
		t := &T{id: i}
		if i%2 == 0 {
			runtime.SetFinalizer(t, func(t *T) { atomic.AddInt64(&ran, 1) })
		} else {
			runtime.SetFinalizer(t, func(s fmt.Stringer) { atomic.AddInt64(&viaIface, 1) })
		}
	}
	for i := 0; i < 10; i++ {
		t := &T{id: -i}
		runtime.SetFinalizer(t, func(*T) { atomic.AddInt64(&removedRan, 1) })
		runtime.SetFinalizer(t, nil)
	}
}

func main() {
	makeGarbage(200)
	for i := 0; i < 50 && (atomic.LoadInt64(&ran) < 50 || atomic.LoadInt64(&viaIface) < 50); i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("most direct finalizers ran:", atomic.LoadInt64(&ran) >= 50)
	fmt.Println("most interface finalizers ran:", atomic.LoadInt64(&viaIface) >= 50)
	fmt.Println("removed finalizers ran:", atomic.LoadInt64(&removedRan))
}
