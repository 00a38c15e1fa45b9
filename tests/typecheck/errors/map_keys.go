// errorcheck

// Map types whose key type is not comparable.

package main

type S struct{ f []int }

type K struct{ m map[int]int }

type F func()

var m1 map[[]int]string  // ERROR "invalid map key type \[\]int"
var m2 map[S]int         // ERROR "invalid map key type S"
var m3 map[map[int]int]int // ERROR "invalid map key type map\[int\]int"
var m4 map[F]bool        // ERROR "invalid map key type F"
var m5 map[[2]K]int      // ERROR "invalid map key type \[2\]K"
var ok1 map[interface{}]int
var ok2 map[[2]int]int

func main() {
	_ = make(map[func() int]int) // ERROR "invalid map key type func\(\) int"
	_ = map[[]byte]int{} // ERROR "invalid map key type \[\]byte"
}
