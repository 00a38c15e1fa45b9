// errorcheck
// gopp: requires go1.22

// The clear built-in (Go 1.21): arguments that are not maps or slices,
// wrong argument counts, and use of its (absent) result. Go 1.19 has no
// clear, so this file cannot be checked with Go 1.19's gc; the regexps
// follow current go/types (types2) wording (builtins.go: "cannot clear %s:
// argument must be (or constrained by) map or slice").

package main

func generic[T any](x T) {
	clear(x) // ERROR "invalid argument: cannot clear x \(variable of type T constrained by any\): argument must be \(or constrained by\) map or slice"
}

func main() {
	m := map[string]int{}
	s := []int{1}
	var arr [3]int
	clear(1) // ERROR "invalid argument: cannot clear 1 \(untyped int constant\): argument must be \(or constrained by\) map or slice"
	clear(arr) // ERROR "invalid argument: cannot clear arr \(variable of type \[3\]int\): argument must be \(or constrained by\) map or slice"
	clear(m, m) // ERROR "invalid operation: too many arguments for clear\(m, m\) \(expected 1, found 2\)"
	x := clear(s) // ERROR "clear\(s\) \(no value\) used as value"
	clear(s...) // ERROR "invalid operation: invalid use of \.\.\. with built-in clear"
	clear("str") // ERROR "invalid argument: cannot clear \"str\" \(untyped string constant\): argument must be \(or constrained by\) map or slice"
	clear(m)
	clear(s)
	_ = x
}
