// Sprint adds spaces only between operands when neither is a string; Sprintln always adds spaces.
package main

import "fmt"

type S string

func main() {
	fmt.Printf("%q\n", fmt.Sprint("a", 1, 2, "b"))
	fmt.Printf("%q\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprint("a", "b", "c"))
	fmt.Printf("%q\n", fmt.Sprint(1, "x", 2.5, true, nil, 'c'))
	fmt.Printf("%q\n", fmt.Sprint(S("s"), S("t"), 1))
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}, "z", fmt.Errorf("e")))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, 2, "b"))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Print("x", 1, 2, "y", "\n")
	fmt.Print(1, 2, "\n")
}
