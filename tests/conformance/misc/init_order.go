// Package variables are initialized in dependency order, then init functions run in source order, then main.
package main

import "fmt"

var a = b + c
var b = f("b", 1)
var c = f("c", 2)
var d = f("d", 3)

var total = sum()

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum() int {
	fmt.Println("init total (uses a and d)")
	return a + d
}

func init() {
	fmt.Println("first init: a =", a, "total =", total)
}

func init() {
	fmt.Println("second init")
	d = 100
}

func main() {
	fmt.Println("main: a b c d total =", a, b, c, d, total)
}
