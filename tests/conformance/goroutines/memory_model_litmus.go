// Memory-model litmus tests with two processors: plain writes made before
// a channel send are visible after the matching receive; writes before a
// close are visible to a receive that returns because of the close; a
// buffered channel of capacity C admits at most C holders at once (the
// k-th receive happens before the (k+C)-th send completes).
package main

import (
	"fmt"
	"runtime"
)

func messagePassing(rounds int) int {
	bad := 0
	for r := 0; r < rounds; r++ {
		data := make([]int, 4)
		flag := 0
		c := make(chan struct{})
		go func() {
			for i := range data {
				data[i] = r + i
			}
			flag = 1
			c <- struct{}{}
		}()
		<-c
		if flag != 1 || data[3] != r+3 {
			bad++
		}
	}
	return bad
}

func closeVisibility(rounds int) int {
	bad := 0
	for r := 0; r < rounds; r++ {
		msg := ""
		done := make(chan int)
		go func() {
			msg = "hello"
			close(done)
		}()
		if _, ok := <-done; ok || msg != "hello" {
			bad++
		}
	}
	return bad
}

func semaphore(workers, capacity int) int {
	sem := make(chan struct{}, capacity)
	inside := make(chan int, 1) // a lock-free-ish counter guarded by a channel
	inside <- 0
	maxSeen := make(chan int, 1)
	maxSeen <- 0
	done := make(chan bool)
	for w := 0; w < workers; w++ {
		go func() {
			for i := 0; i < 50; i++ {
				sem <- struct{}{}
				n := <-inside + 1
				inside <- n
				m := <-maxSeen
				if n > m {
					m = n
				}
				maxSeen <- m
				runtime.Gosched()
				inside <- <-inside - 1
				<-sem
			}
			done <- true
		}()
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	return <-maxSeen
}

func main() {
	runtime.GOMAXPROCS(2)
	fmt.Println("message passing violations:", messagePassing(20000))
	fmt.Println("close visibility violations:", closeVisibility(20000))
	if m := semaphore(8, 3); m <= 3 {
		fmt.Println("semaphore holders at most capacity: true")
	} else {
		fmt.Println("semaphore exceeded capacity:", m)
	}
}
