// strings.Fields splits on runs of white space; Split keeps empty fields; Split("", sep) is [""].
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("  a b\t\n c  "))
	fmt.Printf("%q\n", strings.Fields("   "))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, "-") == "")
	fmt.Println(len(strings.Split("a b", " ")), len(strings.Fields("")))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
}
