// A log.Logger writes each entry in one Write: the prefix, the flags' header (file:line with Lshortfile, the prefix after it with Lmsgprefix), the message, and a newline unless it ends with one.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

// countingWriter shows the Write calls a Logger makes.
type countingWriter struct {
	writes int
	sb     strings.Builder
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.writes++
	return w.sb.Write(p)
}

func main() {
	l := log.New(os.Stdout, "app: ", 0)
	l.Println("hello", 42, true)
	l.Print("no newline", 1, 2, "x", "y")
	l.Print("ends with newline\n")
	l.Printf("%d-%s", 7, "seven")
	l.Printf("")
	l.Println()

	l.SetPrefix("[pre] ")
	l.SetFlags(log.Lmsgprefix)
	l.Println("after the header")
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix)

	l.SetFlags(log.Lshortfile)
	l.Println("with file and line")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Printf("both %v", []int{1, 2})

	w := &countingWriter{}
	l.SetOutput(w)
	l.SetFlags(0)
	l.Println("one")
	l.Println("two", "parts")
	fmt.Printf("%d writes: %q\n", w.writes, w.sb.String())
	fmt.Println(l.Writer() == w)

	// The standard logger, redirected.
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Print("via the package functions")
	log.Printf("%05.1f", 3.14159)
	log.Println("flags", log.Flags(), "prefix", log.Prefix())
	fmt.Println(log.Default().Prefix(), log.Writer() == os.Stdout)
	log.Output(1, "through Output")

	// Discarded entries are dropped.
	d := log.New(os.Stdout, "", 0)
	d.SetOutput(discard{})
	d.Println("not shown")
	fmt.Println("done")
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
