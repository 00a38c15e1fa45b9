// A buffered channel is a FIFO queue, also when its ring wraps around.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(<-ch, <-ch)
	ch <- "e"
	ch <- "f"
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	nums := make(chan int, 4)
	out := []int{}
	for i := 0; i < 20; i++ {
		nums <- i
		if i%2 == 1 {
			out = append(out, <-nums, <-nums)
		}
	}
	for len(nums) > 0 {
		out = append(out, <-nums)
	}
	fmt.Println(out)
}
