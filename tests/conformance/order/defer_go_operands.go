// The operands of defer and go statements are evaluated one at a time, left to right, each whole (a receiver too): a call in a later argument runs after an earlier plain argument is read.
package main

import "fmt"

var x = 1

func f() int { x = 2; return 10 }
func show(a, b int) { fmt.Println("show", a, b) }

type V struct{ n int }

func (v V) M(a int) { fmt.Println("M", v.n, a) }

var gv = V{1}

func setV() int { gv = V{2}; return 3 }

func main() {
	defer show(x, f())
	x = 1
	defer show(x+f(), x)
	defer gv.M(setV())
	done := make(chan bool)
	x = 1
	go func(a, b int) { fmt.Println("go", a, b); done <- true }(x, f())
	<-done
}
