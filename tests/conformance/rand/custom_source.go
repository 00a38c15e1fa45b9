// A Rand over a program's own Source calls its Int63 (and, for a Source64, its Uint64 for Uint64); Seed goes to the source.
package main

import (
	"fmt"
	"math/rand"
)

// counter counts up: predictable values show how each method uses Int63.
type counter struct{ n int64 }

func (c *counter) Int63() int64 {
	c.n += 1 << 40
	return c.n
}

func (c *counter) Seed(seed int64) {
	fmt.Println("Seed", seed)
	c.n = seed
}

type counter64 struct{ counter }

func (c *counter64) Uint64() uint64 {
	fmt.Println("Uint64 called")
	return 1<<63 + uint64(c.n)
}

func main() {
	r := rand.New(&counter{})
	fmt.Println(r.Int63(), r.Uint32(), r.Int31(), r.Int(), r.Uint64())
	fmt.Println(r.Intn(1000), r.Int63n(1<<10), r.Float64())
	r.Seed(5)
	fmt.Println(r.Int63())
	b := make([]byte, 9)
	r.Read(b)
	fmt.Println(b)

	r64 := rand.New(&counter64{})
	fmt.Println(r64.Uint64(), r64.Int63())

	var s rand.Source = &counter{}
	_, is64 := s.(rand.Source64)
	var s2 rand.Source = &counter64{}
	_, is64b := s2.(rand.Source64)
	fmt.Println(is64, is64b)
}
