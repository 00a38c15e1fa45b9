// close wakes every goroutine blocked receiving: each gets the zero value and ok == false.
package main

import "fmt"

func main() {
	ch := make(chan int)
	report := make(chan string)
	for i := 0; i < 4; i++ {
		go func() {
			v, ok := <-ch
			report <- fmt.Sprint(v, ok)
		}()
	}
	close(ch)
	counts := map[string]int{}
	for i := 0; i < 4; i++ {
		counts[<-report]++
	}
	fmt.Println(counts)
}
