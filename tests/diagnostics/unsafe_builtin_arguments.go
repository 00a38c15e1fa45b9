// go: rejects at line 7
package p

import "unsafe"

var n int
var a = unsafe.Add(new(int), 1)
var b = unsafe.Slice(new(int), -1)
var c = unsafe.Add(unsafe.Pointer(&n), "x")
var d = unsafe.Slice(&n, 1.5)
