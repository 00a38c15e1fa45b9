// errorcheck

// append and copy with arguments of the wrong kinds or element types.

package main

func main() {
	x := 1
	s := []int{1}
	var str []string
	var arr [3]int
	_ = append(x, 1) // ERROR "(first argument to append|invalid append: argument) must be a slice; have x \(variable of type int\)"
	_ = append(s, "a") // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to append"
	_ = append(arr, 1) // ERROR "(first argument to append|invalid append: argument) must be a slice; have arr \(variable of type \[3\]int\)"
	_ = append(s, str...) // ERROR "cannot use str \(variable of type \[\]string\) as (type )?\[\]int( value)? in argument to append"
	append(s, 1) // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	_ = copy(s, str) // ERROR "(invalid argument: arguments to copy|invalid copy: arguments) s \(variable of type \[\]int\) and str \(variable of type \[\]string\) have different element types int and string"
	_ = copy(x, s) // ERROR "invalid argument: copy expects slice arguments; found x \(variable of type int\) and s \(variable of type \[\]int\)|invalid copy: argument must be a slice; have x \(variable of type int\)"
	_ = copy(s) // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
}
