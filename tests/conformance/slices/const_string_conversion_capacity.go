// Converting a constant string to []byte or []rune gives a slice whose capacity is exactly its length (gc builds an array of that size), so an append reallocates at once.
package main

import "fmt"

const greeting = "héllo, wörld"

func main() {
	b := []byte("aa")
	fmt.Println(len(b), cap(b))
	c := []byte(greeting)
	fmt.Println(len(c), cap(c))
	r := []rune(greeting)
	fmt.Println(len(r), cap(r))
	e := []byte("")
	fmt.Println(len(e), cap(e), e == nil)
	er := []rune("")
	fmt.Println(len(er), cap(er), er == nil)

	// Appending to a full slice copies: the original is untouched.
	d := append(b, 'x')
	d[0] = 'Z'
	fmt.Println(string(b), string(d), cap(d) >= 3)
}
