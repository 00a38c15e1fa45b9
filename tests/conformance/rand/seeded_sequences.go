// rand.New(rand.NewSource(seed)) gives Go's exact sequences: every method derives its values from the seeded generator as Go's math/rand does, and re-seeding restarts the sequence.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{1, 42, 0, -5, 1 << 40, 2147483647} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println("seed", seed)
		fmt.Println(" Int63:", r.Int63(), r.Int63())
		fmt.Println(" Uint32:", r.Uint32(), "Uint64:", r.Uint64())
		fmt.Println(" Int31:", r.Int31(), "Int:", r.Int())
		fmt.Println(" Int63n:", r.Int63n(1000), r.Int63n(1<<20), r.Int63n(1<<62+1))
		fmt.Println(" Int31n:", r.Int31n(10), r.Int31n(1<<30), r.Int31n(2147483647))
		fmt.Println(" Intn:", r.Intn(6), r.Intn(1<<31-1), r.Intn(1<<40))
		fmt.Println(" Float64:", r.Float64(), "Float32:", r.Float32())
		fmt.Println(" Perm:", r.Perm(10))
		s := []string{"a", "b", "c", "d", "e", "f", "g"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(" Shuffle:", s)
		b := make([]byte, 5)
		n, err := r.Read(b)
		fmt.Println(" Read:", n, err, b)
		n, err = r.Read(b[:3]) // continues with the bytes left over
		fmt.Println(" Read:", n, err, b[:3])
	}

	// Seed restarts the sequence and drops Read's leftover bytes.
	r := rand.New(rand.NewSource(7))
	first := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	b := make([]byte, 3)
	r.Read(b)
	r.Seed(7)
	again := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	c := make([]byte, 3)
	r.Read(c)
	fmt.Println(first, again, b, c)

	// The Source itself, and its Seed.
	src := rand.NewSource(99)
	x := src.Int63()
	src.Seed(99)
	fmt.Println(x == src.Int63(), x)
	s64, ok := src.(rand.Source64)
	fmt.Println(ok, s64.Uint64())
	fmt.Printf("%T\n", src)

	// Many values: a histogram of a million Intn(10) draws.
	r = rand.New(rand.NewSource(2024))
	var hist [10]int
	for i := 0; i < 1000000; i++ {
		hist[r.Intn(10)]++
	}
	fmt.Println(hist)
	sum := 0.0
	for i := 0; i < 100000; i++ {
		sum += r.Float64()
	}
	fmt.Printf("%.6f\n", sum)
}
