// goto jumps to a label in the same function, forward or backward.
package main

import "fmt"

func main() {
	i := 0
again:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto again
	}
	goto done
done:
	fmt.Println("done")
	n := 10
	for {
		n--
		if n < 5 {
			goto out
		}
	}
out:
	fmt.Println("out", n)
}
