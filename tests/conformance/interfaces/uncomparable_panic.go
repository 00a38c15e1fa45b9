// Comparing two interfaces holding the same uncomparable type panics: "comparing uncomparable type []int".
package main

import "fmt"

func main() {
	var a interface{} = []int{1}
	var b interface{} = "x"
	fmt.Println(a == b)
	b = []int{1}
	fmt.Println(a == b)
}
