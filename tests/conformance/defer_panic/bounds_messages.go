// The texts of run-time bounds errors for indexes, slices, 3-index slices, strings and arrays.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	arr := [4]int{}
	i, j, k, neg := 5, 1, 10, -1
	try("index", func() { _ = s[i] })
	try("negative index", func() { _ = s[neg] })
	try("string index", func() { _ = str[i] })
	try("array index", func() { _ = arr[i] })
	try("slice high", func() { _ = s[:i] })
	try("slice low>high", func() { _ = s[2:j] })
	try("slice low", func() { _ = s[i:] })
	try("string slice", func() { _ = str[:i] })
	try("string low>high", func() { _ = str[2:j] })
	try("3-index max", func() { _ = s[:1:k] })
	try("3-index high>max", func() { _ = s[: 3 : j+1] })
	try("3-index low>high", func() { _ = s[2:j:3] })
	try("array slice", func() { _ = arr[:k] })
	try("ok", func() { _ = s[3:] })
}
