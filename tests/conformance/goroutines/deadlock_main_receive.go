// Main blocked receiving with no other goroutine: "fatal error: all goroutines are asleep - deadlock!" (status 2).
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
