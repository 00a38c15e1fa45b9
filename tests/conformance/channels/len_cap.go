// len and cap of channels are exact; a nil channel has len and cap 0; unbuffered has cap 0.
package main

import "fmt"

func main() {
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	u := make(chan int)
	fmt.Println(len(u), cap(u))
	b := make(chan int, 5)
	fmt.Println(len(b), cap(b))
	for i := 0; i < 5; i++ {
		b <- i
		fmt.Print(len(b), " ")
	}
	fmt.Println()
	<-b
	<-b
	fmt.Println(len(b), cap(b))
	close(b)
	fmt.Println(len(b), cap(b))
	for range b {
	}
	fmt.Println(len(b), cap(b))
	var ro <-chan int = b
	var so chan<- int = make(chan int, 7)
	fmt.Println(len(ro), cap(ro), len(so), cap(so))
	z := make(chan struct{}, 3)
	z <- struct{}{}
	fmt.Println(len(z), cap(z))
	n := int64(2)
	c64 := make(chan byte, n)
	fmt.Println(cap(c64))
}
