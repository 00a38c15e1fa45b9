// An index out of range in a plain operand panics after every call of the statement ran.
package main

import "fmt"

var s = []int{1, 2, 3}
var i = 1

func f() int { fmt.Println("f called"); i = 5; return 1 }

func main() {
	fmt.Println("start")
	fmt.Println(s[i], f())
	fmt.Println("not reached")
}
