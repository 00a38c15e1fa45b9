// Receiving from a nil channel blocks forever: with nothing else to run, deadlock.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil)
	<-ch
}
