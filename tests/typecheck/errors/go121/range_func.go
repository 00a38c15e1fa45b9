// errorcheck
// gopp: requires go1.23

// Range over functions (Go 1.23): iteration variable counts that do not
// match the iterator, functions that are not iterators, and the types of
// the iteration variables. Go 1.19 rejects every range over a function, so
// this file cannot be checked with Go 1.19's gc; the regexps follow current
// go/types (types2) wording (stmt.go: "range over %s permits no iteration
// variables", "... permits only one iteration variable"; rangeKeyVal: "func
// must be func(yield func(...) bool): ...").

package main

func seq0(yield func() bool) {}

func seq1(yield func(int) bool) {}

func seq2(yield func(string, int) bool) {}

func notIter(x int) {}

func badYield(yield func(int)) {}

func main() {
	for x := range seq0 { // ERROR "range over seq0 \(value of type func\(yield func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	for x, y := range seq1 { // ERROR "range over seq1 \(value of type func\(yield func\(int\) bool\)\) permits only one iteration variable"
		_, _ = x, y
	}
	for range notIter { // ERROR "cannot range over notIter \(value of type func\(x int\)\): func must be func\(yield func\(\.\.\.\) bool\): argument is not func"
	}
	for range badYield { // ERROR "cannot range over badYield \(value of type func\(yield func\(int\)\)\): func must be func\(yield func\(\.\.\.\) bool\): yield func does not return bool"
	}
	for k, v := range seq2 {
		var n int = k // ERROR "cannot use k \(variable of type string\) as int value in variable declaration"
		_, _ = n, v
	}
	for range seq1 {
	}
}
