// x op= e reads x after the calls in e (and in x's index) ran, as x = x op e would.
package main

import "fmt"

var (
	x = 10
	s = []int{10, 20, 30}
	i = 0
	m = map[string]int{"a": 1, "b": 100}
	k = "a"
)

func setX() int { x = 100; return 10 }
func setS() int { s[2] = 150; i = 2; return 20 }
func setK() int { k = "b"; return 50 }

func main() {
	x += setX()
	fmt.Println(x)

	s[i] += setS()
	fmt.Println(s, i)

	m[k] += setK()
	fmt.Println(m["a"], m["b"])
}
