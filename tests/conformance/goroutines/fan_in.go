// Fan-in: several producers send to one channel; a counter of closed producers ends the consumer.
package main

import "fmt"

func produce(id, n int, out chan<- int, done chan<- int) {
	for i := 0; i < n; i++ {
		out <- id*1000 + i
	}
	done <- id
}

func main() {
	out := make(chan int)
	done := make(chan int)
	for id := 1; id <= 3; id++ {
		go produce(id, 5, out, done)
	}
	perProducer := map[int]int{}
	last := map[int]int{1: -1, 2: -1, 3: -1}
	inOrder := true
	finished := 0
	for finished < 3 {
		select {
		case v := <-out:
			id, seq := v/1000, v%1000
			perProducer[id]++
			if seq != last[id]+1 {
				inOrder = false
			}
			last[id] = seq
		case <-done:
			finished++
		}
	}
	fmt.Println(perProducer, inOrder)
}
