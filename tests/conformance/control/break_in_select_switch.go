// break inside a switch or select inside a for loop exits only the switch/select unless labeled.
package main

import "fmt"

func main() {
	count := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			count++
		}
	}
	fmt.Println(count)
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	got := 0
L:
	for {
		select {
		case v := <-ch:
			if v == 3 {
				break
			}
			if v == 6 {
				break L
			}
			got++
		}
	}
	fmt.Println(got, len(ch))
}
