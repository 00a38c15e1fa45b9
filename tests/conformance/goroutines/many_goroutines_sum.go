// Ten thousand goroutines each send one value; the sum arrives intact.
package main

import "fmt"

func main() {
	const n = 10000
	ch := make(chan int)
	for i := 1; i <= n; i++ {
		go func(v int) { ch <- v }(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-ch
	}
	fmt.Println(sum, sum == n*(n+1)/2)
	buf := make(chan int64, 100)
	for i := 0; i < n; i++ {
		go func(v int64) { buf <- v * v }(int64(i))
	}
	var total int64
	for i := 0; i < n; i++ {
		total += <-buf
	}
	fmt.Println(total)
}
