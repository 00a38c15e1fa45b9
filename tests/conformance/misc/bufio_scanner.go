// bufio.Scanner splits input into lines (dropping \r\n) or words; a final line without newline is returned.
package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  alpha beta\n\tgamma  "))
	ws.Split(bufio.ScanWords)
	n := 0
	for ws.Scan() {
		n++
		fmt.Print(ws.Text(), ";")
	}
	fmt.Println(n)
	r := bufio.NewReader(strings.NewReader("ab\ncd"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	line, err = r.ReadString('\n')
	fmt.Printf("%q %v %v\n", line, err, err == io.EOF)
}
