// A closed channel's receive case is always ready and yields the zero value with ok == false.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	close(done)
	data := make(chan int)
	select {
	case <-done:
		fmt.Println("done is closed")
	case v := <-data:
		fmt.Println("data", v)
	}
	c := make(chan string, 1)
	c <- "buffered"
	close(c)
	for i := 0; i < 3; i++ {
		select {
		case v, ok := <-c:
			fmt.Printf("%q %v\n", v, ok)
		}
	}
	n := 0
	for i := 0; i < 10; i++ {
		select {
		case <-done:
			n++
		default:
		}
	}
	fmt.Println("closed ready every time:", n)
}
