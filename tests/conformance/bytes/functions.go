// The functions of package bytes: searching, splitting (pieces share the input with Go's capacities), trimming (nil when nothing is left, as Go), and transforming into fresh slices.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d cap=%d\n", name, b, b == nil, len(b), cap(b))
}

func main() {
	s := []byte("  Hello, Gophers! Hello, world.  ")
	fmt.Println(bytes.Contains(s, []byte("Go")), bytes.ContainsAny(s, "xyz!"), bytes.ContainsRune(s, 'w'))
	fmt.Println(bytes.Count(s, []byte("Hello")), bytes.Count(s, nil), bytes.Index(s, []byte("world")))
	fmt.Println(bytes.LastIndex(s, []byte("Hello")), bytes.IndexByte(s, ','), bytes.LastIndexByte(s, ','))
	fmt.Println(bytes.IndexRune(s, 'G'), bytes.IndexAny(s, "!."), bytes.LastIndexAny(s, "!."))
	fmt.Println(bytes.IndexFunc(s, unicode.IsUpper), bytes.LastIndexFunc(s, unicode.IsPunct))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte(".  ")))

	show("TrimSpace", bytes.TrimSpace(s))
	show("TrimSpace all", bytes.TrimSpace([]byte("   ")))
	show("Trim", bytes.Trim(s, " H."))
	show("Trim all", bytes.Trim([]byte("xxx"), "x"))
	show("TrimLeft", bytes.TrimLeft(s, " "))
	show("TrimRight", bytes.TrimRight(s, " ."))
	show("TrimRight all", bytes.TrimRight([]byte("aa"), "a"))
	show("TrimFunc", bytes.TrimFunc(s, unicode.IsSpace))
	show("TrimLeftFunc all", bytes.TrimLeftFunc([]byte("  "), unicode.IsSpace))
	show("TrimPrefix", bytes.TrimPrefix(s, []byte("  Hello")))
	show("TrimSuffix", bytes.TrimSuffix(s, []byte("x")))

	csv := make([]byte, 0, 64)
	csv = append(csv, "a,b,,c"...)
	for i, p := range bytes.Split(csv, []byte(",")) {
		show(fmt.Sprint("Split ", i), p)
	}
	for i, p := range bytes.SplitN(csv, []byte(","), 2) {
		show(fmt.Sprint("SplitN ", i), p)
	}
	for i, p := range bytes.SplitAfter(csv, []byte(",")) {
		show(fmt.Sprint("SplitAfter ", i), p)
	}
	fmt.Println(bytes.SplitN(csv, []byte(","), 0) == nil, len(bytes.Split([]byte("héllo"), nil)))
	for i, f := range bytes.Fields([]byte("  one two\tthree\n")) {
		show(fmt.Sprint("Fields ", i), f)
	}
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	before, after, found := bytes.Cut(csv, []byte(",,"))
	show("Cut before", before)
	show("Cut after", after)
	fmt.Println(found)
	_, after, found = bytes.Cut(csv, []byte(";"))
	fmt.Println(after == nil, found)

	// Appending to a piece must not overwrite the next one (capped pieces).
	parts := bytes.Split(csv, []byte(","))
	parts[0] = append(parts[0], 'X')
	fmt.Printf("%q %q\n", parts[0], csv)

	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte(", ")))
	fmt.Printf("%s|%s|%s\n", bytes.Repeat([]byte("ab"), 3), bytes.ToUpper([]byte("héllo")), bytes.ToLower([]byte("ÀBC")))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	show("Replace empty", bytes.Replace([]byte{}, []byte("a"), []byte("b"), -1))
	show("Replace empty old", bytes.Replace([]byte{}, nil, []byte("b"), -1))
	show("Replace no match", bytes.Replace([]byte("xy"), []byte("a"), []byte("b"), -1))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Println(bytes.Runes([]byte("héllo")), string(bytes.Title([]byte("hello world"))))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")))

	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("x"), -1)
}
