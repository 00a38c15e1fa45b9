// io.Copy, io.ReadFull, io.LimitReader, io.MultiReader, io.TeeReader, and io.EOF/ErrUnexpectedEOF at the end.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("abcdef"), buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(k, err)
	k, err = io.ReadFull(strings.NewReader(""), buf)
	fmt.Println(k, err)
	all, _ := io.ReadAll(io.LimitReader(strings.NewReader("0123456789"), 3))
	fmt.Println(string(all))
	var sb strings.Builder
	tee := io.TeeReader(io.MultiReader(strings.NewReader("x"), strings.NewReader("yz")), &sb)
	all, _ = io.ReadAll(tee)
	fmt.Println(string(all), sb.String())
	w, _ := io.WriteString(os.Stdout, "ws\n")
	fmt.Println(w)
}
