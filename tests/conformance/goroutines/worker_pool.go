// A worker pool: jobs fan out over a channel to N workers, results fan back in; every job is done exactly once.
package main

import (
	"fmt"
	"sort"
)

type result struct{ job, out, worker int }

func worker(id int, jobs <-chan int, results chan<- result) {
	for j := range jobs {
		results <- result{j, j * 2, id}
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	for w := 1; w <= 4; w++ {
		go worker(w, jobs, results)
	}
	for j := 1; j <= 50; j++ {
		jobs <- j
	}
	close(jobs)
	outs := []int{}
	for i := 0; i < 50; i++ {
		r := <-results
		if r.worker < 1 || r.worker > 4 {
			fmt.Println("bad worker")
		}
		outs = append(outs, r.out)
	}
	sort.Ints(outs)
	fmt.Println(len(outs), outs[0], outs[49])
	sum := 0
	for _, v := range outs {
		sum += v
	}
	fmt.Println("sum", sum)
}
