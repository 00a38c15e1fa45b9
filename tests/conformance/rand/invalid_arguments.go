// Non-positive bounds panic with Go's plain-string messages; an uncaught one exits 2.
package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r)
	}()
	f()
}

func main() {
	r := rand.New(rand.NewSource(1))
	try("Int63n(0)", func() { r.Int63n(0) })
	try("Int31n(-1)", func() { r.Int31n(-1) })
	try("Intn(0)", func() { r.Intn(0) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Perm(-1)", func() { r.Perm(-1) })
	try("top-level Intn(-3)", func() { rand.Intn(-3) })
	fmt.Println(rand.New(rand.NewSource(1)).Intn(1))
	rand.Int63n(-1)
}
