// The top-level functions use one generator, seeded with 1 until Seed is called (Go 1.19; Go 1.20 seeds it randomly and Go 1.24 ignores Seed, so their outputs are random and Go 1.19's is one of them); it is safe for concurrent use.
package main

import (
	"fmt"
	"math/rand"
	"sync"
)

func main() {
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Int63n(77), rand.Int31n(77), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(5))
	x := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x)
	b := make([]byte, 4)
	rand.Read(b)
	fmt.Println(b)

	rand.Seed(42)
	a := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	rand.Seed(42)
	fmt.Println(a, rand.Intn(1000), rand.Intn(1000), rand.Intn(1000))
	rand.Seed(42)
	fmt.Println(rand.New(rand.NewSource(42)).Intn(1000) == rand.Intn(1000))

	// Concurrent callers: every draw is in range and none is lost.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for i := 0; i < 10000; i++ {
				if v := rand.Intn(10); v >= 0 && v < 10 {
					n++
				}
				_ = rand.Float64()
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
