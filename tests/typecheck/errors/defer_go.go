// errorcheck

// defer and go with calls whose results or forms they do not permit.

package main

func f() int { return 1 }

func main() {
	s := []int{1}
	defer len(s) // ERROR "defer discards result of len\(s\)"
	go append(s, 1) // ERROR "go discards result of append\(s, 1\)"
	defer int(1) // ERROR "defer requires function call, not conversion"
	go f()
	defer recover()
	defer close(make(chan int))
	var x int
	go x() // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
	defer new(int) // ERROR "defer discards result of new\(int\)"
}
