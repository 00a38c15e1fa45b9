// When several cases are ready, select picks one uniformly at random: every ready case gets chosen.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := [3]int{}
	for i := 0; i < 3000; i++ {
		a <- 0
		b <- 1
		c <- 2
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		case v := <-c:
			counts[v]++
		}
		select {
		case <-a:
		default:
		}
		select {
		case <-b:
		default:
		}
		select {
		case <-c:
		default:
		}
	}
	for i, n := range counts {
		fmt.Println(i, n > 750 && n < 1250)
	}
}
