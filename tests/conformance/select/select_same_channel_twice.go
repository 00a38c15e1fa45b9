// One channel may appear in several cases of a select (send and receive); the select locks it once and picks one case.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 100; i++ {
		select {
		case c <- i:
			sends++
		case <-c:
			recvs++
		}
	}
	fmt.Println(sends, recvs, sends-recvs == len(c))
	d := make(chan int)
	go func() { d <- 42 }()
	select {
	case v := <-d:
		fmt.Println("got", v)
	case v := <-d:
		fmt.Println("got", v)
	}
}
