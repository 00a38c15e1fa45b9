// An unbuffered send completes only when a receiver takes the value: ping-pong strictly alternates.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			fmt.Println("  pong got", v)
			pong <- v * 10
		}
		close(pong)
	}()
	for i := 1; i <= 4; i++ {
		fmt.Println("ping sends", i)
		ping <- i
		fmt.Println("ping got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)
}
