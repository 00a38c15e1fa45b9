// workerpool: a bounded pool of workers with errgroup. SetLimit(3) keeps at
// most three jobs running; the first failing job cancels the group's
// context, the jobs still waiting see it and give up, and Wait returns the
// first error.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

// collatz counts the steps from n to 1: a small CPU-bound job.
func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

// run processes jobs 1..n with at most limit at a time; job fail (if > 0)
// returns an error.
func run(n, limit, fail int) ([]int, int64, error) {
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(limit)
	results := make([]int, n)
	var running, maxRunning int64
	for i := 1; i <= n; i++ {
		i := i
		g.Go(func() error {
			now := atomic.AddInt64(&running, 1)
			defer atomic.AddInt64(&running, -1)
			for {
				old := atomic.LoadInt64(&maxRunning)
				if now <= old || atomic.CompareAndSwapInt64(&maxRunning, old, now) {
					break
				}
			}
			if ctx.Err() != nil {
				return ctx.Err() // an earlier job failed: give up
			}
			if i == fail {
				return fmt.Errorf("job %d: %w", i, errors.New("input rejected"))
			}
			results[i-1] = collatz(i * 1000)
			return nil
		})
	}
	err := g.Wait()
	return results, maxRunning, err
}

func main() {
	results, maxRunning, err := run(20, 3, 0)
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("jobs: 20, error:", err)
	fmt.Println("total collatz steps:", total)
	fmt.Println("at most 3 at once:", maxRunning <= 3)

	_, maxRunning, err = run(20, 3, 5)
	fmt.Println("with a failing job, error:", err)
	fmt.Println("at most 3 at once:", maxRunning <= 3)

	// TryGo refuses work beyond the limit instead of waiting.
	var g errgroup.Group
	g.SetLimit(1)
	release := make(chan struct{})
	fmt.Println("TryGo first:", g.TryGo(func() error { <-release; return nil }))
	fmt.Println("TryGo second:", g.TryGo(func() error { return nil }))
	close(release)
	fmt.Println("Wait:", g.Wait())
}
