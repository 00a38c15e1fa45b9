// In an assignment the calls on both sides run first; index operands on the left are then read (old values of variables being assigned), then the stores happen.
package main

import "fmt"

var (
	k  = 0
	s  = []int{0, 0, 0}
	v  = 1
	m  = map[int]int{}
	mk = 0
)

func setK() int { k = 2; return 1 }
func setV() int { v = 42; return 1 }
func setMK() int { mk = 1; return 7 }

func order(name string, n int) int { fmt.Println(name); return n }

func main() {
	// s[f()] = v: the call in the index runs before v is read.
	s[setV()] = v
	fmt.Println(s)

	// k, s[k] = f(), w: s is indexed with the k that f left, before k is assigned.
	s = []int{0, 0, 0}
	w := 7
	k, s[k] = setK(), w
	fmt.Println(k, s)

	// s[i], i = f(), 2: the index is read before i is assigned.
	s = []int{0, 0, 0}
	i := 1
	s[i], i = order("f", 5), 2
	fmt.Println(s, i)

	// m[k] = f(): the key is read after f changed it.
	m[mk] = setMK()
	fmt.Println(m)

	// Calls in both indexes run left to right, before the right side's.
	a := [][]int{{1, 2}, {3, 4}}
	a[order("g", 1)][order("h", 0)] = order("rhs", 9)
	fmt.Println(a)
}
