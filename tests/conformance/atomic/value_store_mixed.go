// An unrecovered atomic.Value store of a second type ends with "panic: sync/atomic: store of inconsistently typed value into Value".
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	fmt.Println(v.Load())
	v.Store(int64(1))
}
