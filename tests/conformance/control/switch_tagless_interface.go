// A switch without a tag compares true with each case, so a case of interface type matches when it holds the bool true; other dynamic types, even uncomparable ones, do not match.
package main

import "fmt"

func kind(i interface{}) string {
	switch {
	case i:
		return "true"
	case i == false:
		return "false"
	default:
		return fmt.Sprintf("other %T", i)
	}
}

type B bool

func main() {
	fmt.Println(kind(true), kind(false), kind(1), kind("true"), kind(nil), kind([]int{1}), kind(B(true)))
	switch j := interface{}(true); {
	case false:
		fmt.Println("wrong")
	case j:
		fmt.Println("j is true")
	}
}
