// 10,000 goroutines allocate linked structures and pass pointers to them
// through channels while collections run (runtime.GC in some of them):
// every object reachable only from a goroutine stack, a channel buffer or
// a blocked sender must survive, so every checksum at the end is intact.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	id    int
	vals  []int
	next  *node
	label string
}

func build(id, n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		vals := make([]int, 8)
		for j := range vals {
			vals[j] = id*1000 + i*10 + j
		}
		head = &node{id: id, vals: vals, next: head, label: fmt.Sprint("n", id, "-", i)}
	}
	return head
}

func check(id int, h *node, n int) bool {
	count := 0
	for p := h; p != nil; p = p.next {
		i := n - 1 - count
		if p.id != id || p.label != fmt.Sprint("n", id, "-", i) {
			return false
		}
		for j, v := range p.vals {
			if v != id*1000+i*10+j {
				return false
			}
		}
		count++
	}
	return count == n
}

func main() {
	runtime.GOMAXPROCS(2)
	const G = 10000
	const N = 5
	buffered := make(chan *node, 100)
	unbuffered := make(chan *node)
	results := make(chan bool, G)
	for g := 0; g < G; g++ {
		go func(id int) {
			h := build(id, N)
			if id%1000 == 0 {
				runtime.GC()
			}
			if id%2 == 0 {
				buffered <- h
			} else {
				unbuffered <- h
			}
		}(g)
	}
	go func() {
		for i := 0; i < G/2; i++ {
			h := <-buffered
			results <- check(h.id, h, N)
		}
	}()
	for i := 0; i < G/2; i++ {
		h := <-unbuffered
		if i%500 == 0 {
			runtime.GC()
		}
		results <- check(h.id, h, N)
	}
	good := 0
	for i := 0; i < G; i++ {
		if <-results {
			good++
		}
	}
	fmt.Println("intact:", good, "of", G)
}
