// Each go or defer operand, a type switch guard, each map literal entry, a tuple assignment's places, a parenthesized boxed operand and each side of a struct comparison keep gc's order inside themselves.
package main

import "fmt"

var k = 1
var fs = []func(int) string{func(int) string { return "fs[0]" }, func(int) string { return "fs[1]" }}

func zeroK() int { k = 0; return 0 }

var x = 1

func setX() int { x = 2; return 0 }
func addX() int { x += 10; return x }

func g() int        { fmt.Println("g"); return 0 }
func two() (int, int) { fmt.Println("two"); return 7, 8 }

type St struct{ A, B int }

var gs = St{1, 1}

func h(b bool, _ int) { fmt.Println(b) }

func main() {
	done := make(chan bool)
	go func(s string) { fmt.Println("go", s); done <- true }(fs[k](zeroK()))
	<-done
	k = 1
	defer func(s string) { fmt.Println("defer", s) }(fs[k](zeroK()))

	k = 1
	gv := []func(int) interface{}{func(int) interface{} { return "v0" }, func(int) interface{} { return "v1" }}
	switch v := gv[k](zeroK()).(type) {
	case string:
		fmt.Println("guard", v)
	}

	fmt.Println(map[int]int{x: 1}, setX())
	x = 1
	fmt.Println(map[int]int{addX(): x})

	s := []int{0}
	var y int
	s[g()], y = two()
	fmt.Println(s, y)

	x = 1
	fmt.Println((x > 1), setX())
	p := St{1, 1}
	mod := func() int { p = St{2, 2}; return 0 }
	fmt.Println((p), mod())

	a := St{1, 1}
	q := &St{1, 1}
	h(a == *q, func() int { q.A = 5; return 0 }())
	h(a == gs, func() int { gs.A = 5; return 0 }())
}
