// pipeline: a three-stage pipeline (generate → square → sum) whose stages
// all stop when the consumer cancels the shared context. Every stage
// selects on ctx.Done() next to its channel operations, so cancelling
// never leaves a goroutine blocked forever: the WaitGroup proves it.
package main

import (
	"context"
	"fmt"
	"sync"
)

// generate sends 1, 2, 3, ... until ctx is cancelled.
func generate(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

// square sends the square of every number it receives.
func square(ctx context.Context, wg *sync.WaitGroup, in <-chan int) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	squares := square(ctx, &wg, generate(ctx, &wg))

	sum := 0
	for i := 0; i < 10; i++ {
		v := <-squares
		sum += v
		fmt.Printf("square %2d = %3d\n", i+1, v)
	}
	cancel() // the consumer has enough: stop every stage
	wg.Wait()
	fmt.Println("sum of the first 10 squares:", sum)
	fmt.Println("all stages stopped:", ctx.Err())
}
