// A method's receiver, a method value's receiver and a called function value are read after the calls among the arguments.
package main

import "fmt"

type V struct{ N int }

func (v V) M(a int) int   { fmt.Println("M", v.N, a); return v.N }
func (v *V) P(a int) int  { fmt.Println("P", v.N, a); return v.N }

var (
	gv = V{1}
	gp = &V{10}
	fv = func(n int) string { return fmt.Sprint("one ", n) }
)

func setGV() int { gv = V{2}; return 3 }
func setGP() int { gp = &V{20}; return 4 }
func setFV() int { fv = func(n int) string { return fmt.Sprint("two ", n) }; return 1 }
func pair(f func(int) int, n int) { fmt.Println(f(0), n) }

func main() {
	gv.M(setGV())
	gp.P(setGP())
	fmt.Println(fv(setFV()))
	gv = V{1}
	pair(gv.M, setGV())
	local := V{30}
	change := func() int { local.N = 31; return 5 }
	local.P(change())
}
