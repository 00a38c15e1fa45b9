// Recursive and mutually recursive functions, including recursive closures declared before assignment.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	fmt.Println(fib(20), isEven(10), isOdd(7), ackermann(2, 3))
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))
	depth := 0
	var deep func(int) int
	deep = func(n int) int {
		if n == 0 {
			return 0
		}
		depth++
		return 1 + deep(n-1)
	}
	fmt.Println(deep(100000), depth)
}
