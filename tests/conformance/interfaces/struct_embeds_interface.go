// A struct can embed an interface and override some of its methods (e.g. sort.Reverse's pattern).
package main

import (
	"fmt"
	"sort"
)

type Logger interface {
	Log(string) string
	Level() int
}

type base struct{}

func (base) Log(s string) string { return "base: " + s }
func (base) Level() int          { return 1 }

type loud struct{ Logger }

func (l loud) Log(s string) string { return "LOUD " + l.Logger.Log(s) }

type byLenDesc struct{ sort.StringSlice }

func (b byLenDesc) Less(i, j int) bool { return len(b.StringSlice[i]) > len(b.StringSlice[j]) }

func main() {
	var l Logger = loud{base{}}
	fmt.Println(l.Log("hi"), l.Level())
	words := []string{"bb", "a", "dddd", "ccc"}
	sort.Sort(byLenDesc{words})
	fmt.Println(words)
	var empty loud
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	empty.Level()
}
