// strings.Contains/Index/LastIndex/IndexByte/IndexRune/HasPrefix/EqualFold/Count; not found is -1.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen"
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.Contains("", "a"))
	fmt.Println(strings.Index(s, "ken"), strings.LastIndex(s, "ken"), strings.Index(s, "dog"))
	fmt.Println(strings.IndexByte(s, 'k'), strings.IndexRune("aé世", '世'), strings.IndexAny(s, "xyzt"))
	fmt.Println(strings.HasPrefix(s, "chi"), strings.HasSuffix(s, "chen"), strings.HasPrefix(s, ""))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("é", "É"))
	fmt.Println(strings.Count(s, "e"), strings.Count("five", ""), strings.ContainsRune(s, 'z'))
	fmt.Println(strings.Index("日本語", "語"), strings.ContainsAny("hi", ""))
}
