// errorcheck

// Composite literals of types that do not have composite literals, and
// elided types where none is allowed.

package main

type N int

type F func()

func main() {
	_ = N{1} // ERROR "invalid composite literal type N"
	_ = int{} // ERROR "invalid composite literal type int"
	_ = F{} // ERROR "invalid composite literal type F"
	_ = *struct{ x int }{1} // ERROR "invalid operation: cannot indirect struct\{x int\}\{…\} \(value of type struct\{x int\}\)"
	_ = []*struct{ x int }{{1}, &struct{ x int }{2}}
	_ = [][]int{{1}, {2, 3}}
	var p *[]int
	_ = p{1} // ERROR "p \(variable of type \*\[\]int\) is not a type"
	_ = map[string]int{"a": {1}} // ERROR "invalid composite literal type int"
}
