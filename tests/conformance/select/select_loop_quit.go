// A for-select loop with a quit channel: break in select leaves only the select; a labeled break leaves the loop.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 0; i < 5; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v == 2 {
				break
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum", sum)
}
