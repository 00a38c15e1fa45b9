// errorcheck

// Directional channels used against their direction: sending on a
// receive-only channel, receiving from or ranging over a send-only
// channel, closing a receive-only channel; and channel ops on non-channels.

package main

func main() {
	var recv <-chan int
	var send chan<- int
	recv <- 1 // ERROR "invalid operation: cannot send to receive-only channel recv \(variable of type <-chan int\)"
	_ = <-send // ERROR "invalid operation: cannot receive from send-only channel send \(variable of type chan<- int\)"
	close(recv) // ERROR "invalid operation: cannot close receive-only channel recv \(variable of type <-chan int\)"
	for range send { // ERROR "cannot range over send \(variable of type chan<- int\)(: | \()receive from send-only channel"
	}
	x := 1
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	close(x) // ERROR "invalid operation: cannot close non-channel x \(variable of type int\)"
	var c chan int
	c <- "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in send"
}
