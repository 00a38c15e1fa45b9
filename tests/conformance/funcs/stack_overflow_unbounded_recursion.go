// Unbounded recursion ends with "fatal error: stack overflow" and exit
// status 2, also when each call's result feeds the caller's (Go makes no
// tail calls, so the recursion is never turned into a loop).
package main

func depth(n int) int { return depth(n+1) + 1 }

func main() {
	println(depth(0))
}
