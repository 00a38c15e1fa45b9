// A built-in function applied to a call returning several values
// (append(f()), copy(f()), complex(f()), delete(f())): the call happens once and its
// results are the built-in's arguments, as for ordinary functions.
package main

import "fmt"

func f() ([]int, int) { return []int{1}, 2 }
func g() (float64, float64) { return 1, 2 }
func h() ([]int, []int) { return make([]int, 3), []int{7, 8} }
func many() ([]any, int, string) { return nil, 1, "x" }

var calls int

func counted() ([]int, int, int) { calls++; return []int{0}, 10, 20 }

func cs() ([]byte, string) { return make([]byte, 2), "xyz" }
func hm(m map[string]int) (map[string]int, string) { return m, "k" }

func main() {
	b, _ := cs()
	k := copy(cs())
	fmt.Println(len(b), k)
	m := map[string]int{"k": 1, "j": 2}
	delete(hm(m))
	fmt.Println(len(m), m["j"])
	a := append(f())
	c := complex(g())
	d, e := h()
	n := copy(h())
	fmt.Println(a, c, d, e, n)
	fmt.Println(append(many()))
	fmt.Println(append(counted()), calls)
}
