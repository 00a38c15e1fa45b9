// bytes.Reader reads, seeks and unreads over a byte slice, with errors that name bytes.Reader.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bytes.NewReader([]byte("héllo, world"))
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	fmt.Println(r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.UnreadByte())
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	n, err = r.ReadAt(buf, 3)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 10)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = r.ReadAt(buf, -1)
	fmt.Println(err)
	_, err = r.Seek(0, 7)
	fmt.Println(err)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	r.Reset([]byte("written to stdout\n"))
	m, err := r.WriteTo(os.Stdout)
	fmt.Println(m, err, r.Len())
	fmt.Println(bytes.NewReader(nil).UnreadByte())
}
