// When main returns the program exits at once (status 0), even with goroutines still running or blocked.
package main

import "fmt"

func spin(started chan<- bool) {
	started <- true
	for {
	}
}

func main() {
	started := make(chan bool)
	go spin(started)
	<-started
	block := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	go func() {
		select {}
	}()
	fmt.Println("main done")
}
