// A nil channel's case in a select is never chosen: setting a drained channel to nil disables its case (merging two streams).
package main

import "fmt"

func emit(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a := emit(1, 2, 3)
	b := emit(10, 20)
	sum, count := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				count += 100
				continue
			}
			sum += v
			count++
		case v, ok := <-b:
			if !ok {
				b = nil
				count += 1000
				continue
			}
			sum += v
			count++
		}
	}
	fmt.Println(sum, count)
}
