// A pipeline of stages connected by channels preserves order through each unbuffered stage.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func add(in <-chan int, k int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for n := range in {
			out <- n + k
		}
	}()
	return out
}

func main() {
	for v := range add(sq(sq(gen(1, 2, 3, 4))), 1) {
		fmt.Println(v)
	}
}
