// Hello is the first program to run with gopp: a few goroutines count the
// words of some lines and send the totals back over a channel.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type result struct {
	line  int
	words int
}

var lines = []string{
	"Go is expressive, concise, clean, and efficient.",
	"Its concurrency mechanisms make it easy to write programs",
	"that get the most out of multicore and networked machines.",
}

func count(line int, text string, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- result{line: line, words: len(strings.Fields(text))}
}

func main() {
	out := make(chan result, len(lines))
	var wg sync.WaitGroup
	for i, text := range lines {
		wg.Add(1)
		go count(i, text, out, &wg)
	}
	wg.Wait()
	close(out)

	total := 0
	for r := range out {
		total += r.words
	}
	fmt.Printf("%d lines, %d words\n", len(lines), total)
}
