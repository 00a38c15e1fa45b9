// A panic unwinds the stack running each frame's deferred calls; recover in an outer frame resumes there.
package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("deep")
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("level2 after (not reached)")
}

func level1() (msg string) {
	defer func() {
		msg = fmt.Sprint("level1 recovered ", recover())
	}()
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	fmt.Println("main continues")
}
