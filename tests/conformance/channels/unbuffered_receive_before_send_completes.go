// On an unbuffered channel the receive happens before the send completes (the memory model's example).
package main

import "fmt"

var msg string

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		msg = "hello, world"
		<-c
		done <- true
	}()
	c <- 0
	fmt.Println(msg)
	<-done
	var a []string
	d := make(chan struct{})
	go func() {
		a = append(a, "written before send")
		d <- struct{}{}
	}()
	<-d
	fmt.Println(a)
}
