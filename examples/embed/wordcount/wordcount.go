// Package wordcount counts words in parallel. It is the Go half of the
// embedding example: gopp compiles it to a C++ library and a header,
// wordcount.h, that ../main.cpp calls.
package wordcount

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// DefaultWorkers is the number of workers Count is meant to be called with.
const DefaultWorkers = 4

// Version is the version of the package.
var Version = "1.0"

// WordCount is a word and how many times it occurs.
type WordCount struct {
	Word string
	N    int
}

func (w WordCount) String() string { return fmt.Sprintf("%s=%d", w.Word, w.N) }

// Count counts the lower-cased words of texts with workers goroutines.
func Count(texts []string, workers int) map[string]int {
	if workers < 1 {
		workers = 1
	}
	in := make(chan string)
	go func() {
		defer close(in)
		for _, t := range texts {
			in <- t
		}
	}()
	results := make(chan map[string]int)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := map[string]int{}
			for t := range in {
				for _, w := range strings.FieldsFunc(t, notWordRune) {
					local[strings.ToLower(w)]++
				}
			}
			results <- local
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	counts := map[string]int{}
	for local := range results {
		for w, n := range local {
			counts[w] += n
		}
	}
	return counts
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Top returns the k most frequent words, ties broken by word.
func Top(counts map[string]int, k int) []WordCount {
	all := make([]WordCount, 0, len(counts))
	for w, n := range counts {
		all = append(all, WordCount{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].N != all[j].N {
			return all[i].N > all[j].N
		}
		return all[i].Word < all[j].Word
	})
	if k < 0 {
		k = 0
	}
	if k < len(all) {
		all = all[:k]
	}
	return all
}

// MustPositive returns n, and panics if n is not positive.
func MustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("wordcount: %d is not positive", n))
	}
	return n
}

// ParseWorkers parses a decimal worker count.
func ParseWorkers(s string) (int, error) {
	if s == "" {
		return 0, errors.New("wordcount: empty worker count")
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, fmt.Errorf("wordcount: bad worker count %q", s)
		}
		n = n*10 + int(r-'0')
	}
	return n, nil
}
