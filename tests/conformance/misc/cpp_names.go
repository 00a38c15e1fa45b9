// Go identifiers that mean something else in C++ or its C library (keywords, typedefs such as int64_t, macros such as SIGINT, EINTR and M_PI) are ordinary Go names: package-level and local variables, types, fields, functions and methods may use them, alongside the same names followed by underscores.
package main

import (
	"fmt"
	"strings"
)

var class = 1
var class_ = 2
var class__ = 3

type int64_t struct{ uint8_t int }

type size_t int

func (s size_t) template() string { return fmt.Sprint("template ", int(s)) }

type namespace struct {
	int64_t   int
	operator  string
	operator_ string
	SIGSEGV   bool
	M_PI      float64
}

func operator(new, delete int) int { return new - delete }

func EINTR() string { return "EINTR" }

const NULL = "not a pointer"

var SIGINT, ENOENT, CLOCK_MONOTONIC = 2, 2, 1

func main() {
	fmt.Println(class, class_, class__)
	fmt.Println(int64_t{7}, size_t(3).template())
	n := namespace{int64_t: 1, operator: "+", operator_: "-", SIGSEGV: true, M_PI: 3.14}
	fmt.Printf("%+v\n", n)
	fmt.Println(operator(10, 4), EINTR(), NULL, SIGINT+ENOENT+CLOCK_MONOTONIC)

	EAGAIN, SIG_DFL, WNOHANG, LLONG_MAX := "a", "b", "c", "d"
	this, auto, typename_, uint64_t := 1, 2, 3, 4
	fmt.Println(strings.Join([]string{EAGAIN, SIG_DFL, WNOHANG, LLONG_MAX}, ""), this+auto+typename_+uint64_t)

	var gopp_tmp, std, pkg, gotypes = "own", "names", "of", "gopp"
	fmt.Println(gopp_tmp, std, pkg, gotypes)
}
