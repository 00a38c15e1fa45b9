// errorcheck
// gopp: requires go1.22

// The min and max built-ins (Go 1.21): operands that cannot be ordered,
// mismatched types, wrong argument counts, and constant results. Go 1.19
// has no min or max, so this file cannot be checked with Go 1.19's gc; the
// regexps follow current go/types (types2) wording (builtins.go: "%s cannot
// be ordered", "mismatched types %s (previous argument) and %s (type of
// %s)", "%s arguments for %v (expected %d, found %d)").

package main

func main() {
	var s []int
	var b bool
	i := 1
	f := 2.5
	_ = min() // ERROR "invalid operation: not enough arguments for min\(\) \(expected 1, found 0\)"
	_ = max(s) // ERROR "invalid argument: s \(variable of type \[\]int\) cannot be ordered"
	_ = min(b, b) // ERROR "invalid argument: b \(variable of type bool\) cannot be ordered"
	_ = max(i, f) // ERROR "invalid argument: mismatched types int \(previous argument\) and float64 \(type of f\)"
	_ = min(1, "a") // ERROR "invalid argument: mismatched types untyped int \(previous argument\) and untyped string \(type of \"a\"\)"
	var n int = max(1, 2.5) // ERROR "cannot use max\(1, 2.5\) \(untyped float constant 2.5\) as int value in variable declaration \(truncated\)"
	const c = min(1, len(s)) // ERROR "min\(1, len\(s\)\) \(value of type int\) is not constant"
	_ = max(1i, 2) // ERROR "invalid argument: 1i \(untyped complex constant.*\) cannot be ordered"
	_, _ = n, c
}
