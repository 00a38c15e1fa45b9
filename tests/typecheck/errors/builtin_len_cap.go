// errorcheck

// len and cap applied to operands that do not have a length or capacity,
// with the wrong number of arguments, and with ... .

package main

func main() {
	x := 1
	var m map[string]int
	var p *int
	s := []int{1}
	_ = len(x) // ERROR "invalid argument: x \(variable of type int\) for (built-in )?len"
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for (built-in )?cap"
	_ = len(p) // ERROR "invalid argument: p \(variable of type \*int\) for (built-in )?len"
	_ = cap("abc") // ERROR "invalid argument: \"abc\" \(untyped string constant\) for (built-in )?cap"
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(s, s) // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = len(s...) // ERROR "invalid operation: invalid use of \.\.\. with built-in len"
	const c = len(s) // ERROR "len\(s\) \(value of type int\) is not constant"
}
