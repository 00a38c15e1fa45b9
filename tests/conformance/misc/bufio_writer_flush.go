// bufio.Writer holds output until Flush; output still buffered at os.Exit is lost.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "buffered line 1")
	fmt.Println("direct line")
	fmt.Println("buffered bytes:", w.Buffered())
	w.Flush()
	fmt.Fprintln(w, "lost line")
	os.Exit(0)
}
