// chan struct{} carries no data: used as a signal, and close broadcasts to every waiter.
package main

import "fmt"

func main() {
	start := make(chan struct{})
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(id int) {
			<-start
			results <- id
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("all started, sum", sum)
	sig := make(chan struct{}, 3)
	sig <- struct{}{}
	sig <- struct{}{}
	fmt.Println(len(sig), cap(sig))
	v, ok := <-sig
	fmt.Println(v, ok)
	done := make(chan struct{})
	go func() {
		fmt.Println("worker ran")
		done <- struct{}{}
	}()
	<-done
	close(sig)
	<-sig
	_, ok = <-sig
	fmt.Println(ok)
}
