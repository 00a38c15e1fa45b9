// go: rejects at line 9
package main

func note(s string) int { return len(s) }

func main() {
	var sc chan<- int
	var s uint
	_ = <-sc
	_ = int8(1) << 7
	_ = float64(1 << s)
	_ = []string{note("x") + 2: "two"}
}
