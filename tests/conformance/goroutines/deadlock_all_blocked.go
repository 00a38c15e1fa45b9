// Deadlock is reported when every goroutine is blocked, not only main.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	done := make(chan bool)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		<-b
		a <- 1
	}()
	go func() {
		var nilc chan int
		nilc <- 1
	}()
	fmt.Println("all waiting")
	<-done
}
