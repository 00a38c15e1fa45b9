// Goroutines started in a loop capture that iteration's own loop variable (per-iteration variables).
// gopp: go1.22 semantics; Go 1.19 prints otherwise
package main

import "fmt"

func main() {
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() { results <- i * i }()
	}
	sum := 0
	seen := [5]bool{}
	for k := 0; k < 5; k++ {
		v := <-results
		sum += v
		for j := 0; j < 5; j++ {
			if j*j == v {
				seen[j] = true
			}
		}
	}
	fmt.Println(sum, seen)
	names := make(chan string, 3)
	for _, s := range []string{"x", "y", "z"} {
		go func() { names <- s }()
	}
	got := map[string]bool{}
	for k := 0; k < 3; k++ {
		got[<-names] = true
	}
	fmt.Println(len(got), got["x"], got["y"], got["z"])
}
