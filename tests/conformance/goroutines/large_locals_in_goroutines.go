// Local variables far larger than a goroutine's first stack still work: a
// function with a 800 KB array, run in many goroutines at once, and a
// recursive function whose every frame holds a 64 KB buffer.
package main

import (
	"fmt"
	"sync"
)

func sieve(n int) int {
	var composite [100000]bool
	count := 0
	for i := 2; i < n && i < len(composite); i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < len(composite); j += i {
			composite[j] = true
		}
	}
	return count
}

func histogram(data []byte) (top byte) {
	var counts [256]int
	var scratch [8192]int64 // 64 KB
	for i, b := range data {
		counts[b]++
		scratch[i%len(scratch)] += int64(b)
	}
	for b := range counts {
		if counts[b] > counts[top] {
			top = byte(b)
		}
	}
	return top
}

func depth(n int) int64 {
	var buf [8192]int64 // 64 KB per frame
	buf[n%8192] = int64(n)
	if n == 0 {
		return buf[0]
	}
	return depth(n-1) + buf[n%8192]
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			results[g] = sieve(1000 * (g + 1))
		}(g)
	}
	wg.Wait()
	fmt.Println(results)

	done := make(chan byte)
	go func() { done <- histogram([]byte("hello, large stack frames")) }()
	fmt.Printf("%q\n", <-done)

	sums := make(chan int64)
	go func() { sums <- depth(20) }()
	fmt.Println(<-sums)
}
