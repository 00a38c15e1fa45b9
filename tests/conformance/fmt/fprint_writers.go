// Fprint/Fprintf/Fprintln write to any io.Writer and return the byte count.
package main

import (
	"fmt"
	"os"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

func main() {
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%d-%s", 12, "ab")
	fmt.Println(n, err, sb.String())
	c := &counter{}
	fmt.Fprintln(c, "héllo", 1)
	fmt.Fprint(c, "x")
	fmt.Println(c.n)
	n, _ = fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Println(n)
	n, _ = fmt.Print("")
	fmt.Println(n)
	fmt.Println(fmt.Sprintf("%5.1f|%-5t|", 2.25, true))
}
