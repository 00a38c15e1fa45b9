// gc evaluates every call of a statement first, however deeply nested, and reads plain operands after all of them.
package main

import "fmt"

var x = 1

func f() int { fmt.Println("f"); return 10 }
func h() int { fmt.Println("h"); x = 100; return 5 }
func g(a, b int) { fmt.Println("g", a, b) }

func bump() int { x++; return 1 }

type pair struct{ A, B int }

func show(v ...interface{}) { fmt.Println(v...) }

func twice() (int, int) { x *= 2; return x, 1 }

func ret() (int, int) { x = 2; return x, bump() }

func main() {
	// x is an operand of the first argument; h, the second argument's call, runs before it is read.
	g(x+f(), h())

	x = 1
	y := x*2 + bump() + x
	fmt.Println(y)

	x = 1
	show([]int{x, bump()}, pair{A: x, B: bump()}, x)

	x = 1
	a, b := x, bump()
	fmt.Println(a, b)

	x = 1
	fmt.Println(ret())

	x = 1
	fmt.Println(x + g2(twice()))

	x = 1
	var arr [3]int
	arr[x] = x + bump()
	fmt.Println(arr)
}

func g2(a, b int) int { return a + b }
