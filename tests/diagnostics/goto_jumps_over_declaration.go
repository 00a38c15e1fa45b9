// go: rejects at line 7
package main

import "fmt"

func main() {
	goto L
	x, y := 1, 2
	fmt.Println(x, y)
L:
	{
		goto M
		var z, w = 1, 2
		_, _ = z, w
	M:
	}
	goto N
	{
	N:
	}
}
