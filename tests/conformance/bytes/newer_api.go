// bytes' additions of Go 1.20 and 1.21: Clone, CutPrefix, CutSuffix, ContainsFunc, Buffer.Available and AvailableBuffer.
// gopp: requires go1.22
package main

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode"
)

func main() {
	c := bytes.Clone([]byte("clone"))
	fmt.Println(string(c), bytes.Clone(nil) == nil, len(bytes.Clone([]byte{})))
	rest, ok := bytes.CutPrefix([]byte("a,b"), []byte("a,"))
	fmt.Printf("%q %v\n", rest, ok)
	rest, ok = bytes.CutSuffix([]byte("a,b"), []byte("x"))
	fmt.Printf("%q %v\n", rest, ok)
	fmt.Println(bytes.ContainsFunc([]byte("abc1"), unicode.IsDigit), bytes.ContainsFunc([]byte("abc"), unicode.IsDigit))

	var b bytes.Buffer
	b.Grow(10)
	fmt.Println(b.Len(), b.Available())
	out := strconv.AppendInt(b.AvailableBuffer(), 12345, 10)
	b.Write(out)
	fmt.Println(b.String(), b.Len(), b.Available())
}
