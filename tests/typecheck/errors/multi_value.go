// errorcheck

// Multiple-value calls used where one value is expected, and calls with
// no value used as values.

package main

func two() (int, int) { return 1, 2 }

func nothing() {}

func takesOne(int) {}

func main() {
	x := two() + 1 // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	takesOne(two()) // ERROR "too many arguments in call to takesOne"
	var s []int
	s = append(s, two()) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	y := nothing() // ERROR "nothing\(\) \(no value\) used as value"
	_ = nothing() // ERROR "nothing\(\) \(no value\) used as value"
	if two() == 1 { // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	}
	_, _, _ = x, s, y
}
