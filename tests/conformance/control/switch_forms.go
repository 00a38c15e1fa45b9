// A switch without a condition is "switch true"; cases are tried top to bottom, left to right, and stop at the first match.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score < 0, score > 100:
		return "invalid"
	default:
		return "C"
	}
}

var calls []string

func probe(name string, v int) int {
	calls = append(calls, name)
	return v
}

func main() {
	for _, s := range []int{95, 85, 50, -1, 101} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	switch probe("tag", 2) {
	case probe("a", 1), probe("b", 2), probe("c", 3):
		fmt.Println("matched")
	case probe("d", 2):
		fmt.Println("not reached")
	}
	fmt.Println(calls)
	switch s := "go"; s + "pher" {
	case "gopher":
		fmt.Println("init and tag")
	}
	switch {
	}
	x := 3
	switch {
	case x == 3:
		if x > 2 {
			break
		}
		fmt.Println("not printed")
	}
	fmt.Println("after break in switch")
}
