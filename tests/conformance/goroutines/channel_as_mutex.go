// A channel of capacity 1 used as a lock serialises updates from many goroutines.
package main

import "fmt"

func main() {
	lock := make(chan struct{}, 1)
	done := make(chan bool)
	counter := 0
	for g := 0; g < 50; g++ {
		go func() {
			for i := 0; i < 200; i++ {
				lock <- struct{}{}
				counter++
				<-lock
			}
			done <- true
		}()
	}
	for g := 0; g < 50; g++ {
		<-done
	}
	fmt.Println(counter)
}
