// bytes.Buffer grows as Go's does (Len and Cap after each write), reads and unreads by byte, rune and delimiter, and works as an io.Writer and io.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 12; i++ {
		b.WriteString(strings.Repeat("x", i*7))
		fmt.Print(b.Len(), "/", b.Cap(), " ")
	}
	fmt.Println()

	b.Reset()
	fmt.Fprintf(&b, "%d-%s|", 42, "go")
	b.WriteByte('!')
	b.WriteRune('é')
	b.WriteRune('世')
	b.Write([]byte(" end\nsecond line\nthird"))
	fmt.Printf("%q %d\n", b.String(), b.Len())

	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.UnreadRune())
	lb, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	fmt.Printf("%q\n", b.Next(3))
	rest, err := b.ReadString('\n')
	fmt.Printf("%q %v %d\n", rest, err, b.Len())
	n, err := b.Read(make([]byte, 4))
	fmt.Println(n, err)

	// Bytes aliases the contents until the next write.
	b.WriteString("abc")
	alias := b.Bytes()
	alias[0] = 'A'
	fmt.Println(b.String())

	// Truncate, Grow, Available.
	b.Truncate(1)
	fmt.Println(b.String(), b.Len())
	b.Grow(200)
	fmt.Println(b.Len(), b.Cap() >= 201)

	// ReadFrom and WriteTo.
	var src bytes.Buffer
	m, err := src.ReadFrom(strings.NewReader(strings.Repeat("data ", 300)))
	fmt.Println(m, err, src.Len(), src.Cap())
	var dst strings.Builder
	m, err = src.WriteTo(&dst)
	fmt.Println(m, err, dst.Len(), src.Len())

	nb := bytes.NewBufferString("from a string\n")
	io.Copy(os.Stdout, nb)
	fmt.Println(bytes.NewBuffer([]byte("hello")).String())
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	try := func(f func()) {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}
	try(func() { b.Truncate(100) })
	next := bytes.NewBufferString("hello")
	next.Next(3)
	try(func() { next.Next(-5) })
	try(func() { next.Next(-1) })
}
