// A strings.Builder may be copied while it is zero, and a copy may be read (Len, String), but writing through a copy of a Builder that has been written to panics with "strings: illegal use of non-zero Builder copied by value"; Reset makes it zero again, and a Builder reached through a pointer or captured by a closure is not a copy.
package main

import (
	"fmt"
	"strings"
)

type doc struct {
	title string
	body  strings.Builder
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var zero strings.Builder
	c := zero
	c.WriteString("copied while zero")
	fmt.Println(c.String())

	var b strings.Builder
	b.WriteString("x")
	d := b
	fmt.Println(d.Len(), d.String())
	try("write to copy", func() { d.WriteString("y") })
	try("grow copy", func() { d.Grow(10) })
	try("write byte to copy", func() { d.WriteByte('z') })
	d.Reset()
	d.WriteString("fresh")
	fmt.Println(d.String(), b.String())

	p := &b
	p.WriteString("y")
	add := func(s string) { b.WriteString(s) }
	add("z")
	fmt.Println(b.String())

	docs := []doc{{title: "a"}}
	docs[0].body.WriteString("in place")
	fmt.Println(docs[0].body.String())
	copied := docs[0]
	try("write to copied struct", func() { copied.body.WriteString("!") })

	ptrs := []*strings.Builder{new(strings.Builder)}
	for _, w := range ptrs {
		fmt.Fprintf(w, "%d-%s", 7, "fmt")
	}
	fmt.Println(ptrs[0].String())
}
