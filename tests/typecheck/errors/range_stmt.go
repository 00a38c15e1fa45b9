// errorcheck

// for range over values that cannot be ranged over (in Go 1.19 as in
// current Go), and too many iteration variables.

package main

type S struct{ a int }

func main() {
	var s S
	for range s { // ERROR "cannot range over s \(variable of type S\)"
	}
	var p *[]int
	for range p { // ERROR "cannot range over p \(variable of type \*\[\]int\)"
	}
	ch := make(chan int)
	for i, v := range ch { // ERROR "range over ch \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
	var f float64
	for range f { // ERROR "cannot range over f \(variable of type float64\)"
	}
	m := map[string]int{}
	for k, v := range m {
		var x int = k // ERROR "cannot use k \(variable of type string\) as (type int|int value) in variable declaration"
		_, _ = x, v
	}
	for i := range "abc" {
		var r string = i // ERROR "cannot use i \(variable of type int\) as (type string|string value) in variable declaration"
		_ = r
	}
}
