// A send on a full buffered channel blocks until a receive makes room; values still arrive in order.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	progress := make(chan int, 10)
	go func() {
		for i := 1; i <= 5; i++ {
			ch <- i
			progress <- i
		}
		close(ch)
	}()
	// Two sends fit in the buffer; the third waits for us.
	fmt.Println("sent", <-progress)
	fmt.Println("sent", <-progress)
	for v := range ch {
		fmt.Println("recv", v)
	}
	n := 0
	for range progress {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("remaining sends reported:", n)
}
