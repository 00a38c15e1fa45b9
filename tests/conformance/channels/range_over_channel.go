// for range over a channel receives until the channel is closed and drained.
package main

import "fmt"

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := 0; i < n; i++ {
			ch <- i * i
		}
		close(ch)
	}()
	return ch
}

func main() {
	sum := 0
	for v := range gen(10) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println()
	fmt.Println("sum", sum)
	empty := make(chan int)
	close(empty)
	count := 0
	for range empty {
		count++
	}
	fmt.Println("empty", count)
	b := make(chan rune, 10)
	for _, r := range "héllo" {
		b <- r
	}
	close(b)
	for r := range b {
		fmt.Print(string(r))
	}
	fmt.Println()
}
