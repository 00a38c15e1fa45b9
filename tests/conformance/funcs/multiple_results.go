// Multiple results can be passed straight into a call f(g()) and assigned in parallel.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func pair() (string, int) { return "x", 1 }

func show(s string, n int) string { return fmt.Sprintf("%s=%d", s, n) }

func swap(a, b int) (int, int) { return b, a }

func three() (int, string, error) { return 3, "three", nil }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(show(pair()))
	a, b := 1, 2
	a, b = swap(a, b)
	fmt.Println(a, b)
	a, b = b, a
	fmt.Println(a, b)
	_, s, err := three()
	fmt.Println(s, err)
	fmt.Println(swap(swap(1, 2)))
}
