// Entries logged from many goroutines at once never interleave: each is one Write under the logger's lock.
package main

import (
	"fmt"
	"log"
	"sort"
	"strings"
	"sync"
)

type lines struct {
	mu    sync.Mutex
	all   []string
	parts int
}

func (w *lines) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.parts++
	w.all = append(w.all, string(p))
	return len(p), nil
}

func main() {
	w := &lines{}
	l := log.New(w, "", log.Lmsgprefix)
	l.SetPrefix("> ")
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				l.Printf("goroutine %d entry %d %s", g, i, strings.Repeat("x", i%7))
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(w.parts, len(w.all))
	ok := 0
	for _, e := range w.all {
		if strings.HasPrefix(e, "> goroutine ") && strings.HasSuffix(e, "\n") && strings.Count(e, "\n") == 1 {
			ok++
		}
	}
	sort.Strings(w.all)
	fmt.Println(ok, w.all[0], w.all[len(w.all)-1])
}
