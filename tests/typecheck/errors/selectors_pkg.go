// errorcheck

// Selectors on types and names of another package: unexported fields and
// methods, wrong capitalisation, and names the package does not declare.

package main

import (
	"strings"
	"sync"
)

func main() {
	var b strings.Builder
	_ = b.buf // ERROR "b.buf undefined \((type strings.Builder has no field or method buf|cannot refer to unexported field buf)\)"
	b.copyCheck() // ERROR "b.copyCheck undefined \((type strings.Builder has no field or method copyCheck|cannot refer to unexported method copyCheck)\)"
	b.reset() // ERROR "b.reset undefined \(type strings.Builder has no field or method reset, but does have (method )?Reset\)"
	b.Writestring("x") // ERROR "b.Writestring undefined \(type strings.Builder has no field or method Writestring(, but does have method WriteString)?\)"
	_ = strings.toUpper // ERROR "undefined: strings.toUpper|name toUpper not exported by package strings"
	_ = strings.Nope // ERROR "undefined: strings.Nope"
	var m sync.Mutex
	m.lock() // ERROR "m.lock undefined \(type sync.Mutex has no field or method lock, but does have (method )?Lock\)"
	_ = sync.mutex{} // ERROR "undefined: sync.mutex|name mutex not exported by package sync"
}
