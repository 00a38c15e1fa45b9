// The arguments of copy, complex, make and append run their calls left to right; len beside a call in any argument list (a loop condition, a post statement, a go or defer call) is evaluated in its turn.
package main

import "fmt"

func a() []int    { fmt.Println("a"); return make([]int, 2) }
func b() []int    { fmt.Println("b"); return []int{1, 2} }
func re() float64 { fmt.Println("re"); return 1 }
func im() float64 { fmt.Println("im"); return 2 }
func n1() int     { fmt.Println("n1"); return 1 }
func n2() int     { fmt.Println("n2"); return 2 }

var s = []int{1}

func grow() int { s = append(s, 0); return 0 }
func first(n, _ int) int { return n }
func report(n, _ int) bool { fmt.Println("len", n); return false }
func show(tag string, n int) { fmt.Println(tag, n) }

func main() {
	copy(a(), b())
	c := complex(re(), im())
	m := make([]int, n1(), n2())
	t := append(a(), b()...)
	fmt.Println(c, len(m), cap(m), t)

	for report(len(s), grow()) {
	}
	s = []int{1}
	for i := 0; i < 1; i, _ = i+1, report(len(s), grow()) {
	}
	s = []int{1}
	switch {
	case report(len(s), grow()):
	}
	s = []int{1}
	func() {
		defer show("defer", first(len(s), grow()))
	}()
	s = []int{1}
	done := make(chan bool)
	go func(n int) { show("go", n); done <- true }(first(len(s), grow()))
	<-done
}
