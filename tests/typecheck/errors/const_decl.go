// errorcheck

// Constant declarations whose initializers are not constant, or whose
// types cannot be constant.

package main

func f() int { return 1 }

var v = 2

const a = f() // ERROR "f\(\) \(value of type int\) is not constant"

const b = v // ERROR "v \(variable of type int\) is not constant"

const c []int = nil // ERROR "invalid constant type \[\]int"

const d = len([]int{1}) // ERROR "len\(\[\]int\{…\}\) \(value of type int\) is not constant"

const e, g = 1 // ERROR "missing init expr for g"

type S struct{}

const h = S{} // ERROR "S\{\} \(value of type S\) is not constant"

func main() {
	x := 1
	const y = x + 1 // ERROR "x \+ 1 \(value of type int\) is not constant"
}
