// Wordfreq counts the words of a text and prints the most frequent ones:
// a sequential program (maps, slices, sort, strings, fmt, closures) that
// gopp compiles to C++ today. Run it with `gopp run main.go`.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `Go is an open source programming language that makes it simple
to build secure, scalable systems. Go is expressive, concise, clean, and
efficient. Its concurrency mechanisms make it easy to write programs that
get the most out of multicore and networked machines, while its novel type
system enables flexible and modular program construction.`

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	for _, w := range words {
		counts[w]++
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(entries))
	for _, e := range entries[:5] {
		fmt.Printf("%-8s %d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
}
