// go: rejects at line 6
package main

func main() {
	var s []int
	var x int = "a"
	for i, v, w := range s {
		_, _ = i, v
	}
	_ = x
}
