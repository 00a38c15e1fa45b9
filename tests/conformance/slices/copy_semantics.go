// copy moves min(len(dst), len(src)) elements, handles overlap like memmove, and copies from strings.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	n := copy(s[1:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	dst := make([]int, 2)
	n = copy(dst, []int{7, 8, 9})
	fmt.Println(n, dst)
	big := make([]int, 5)
	n = copy(big, []int{1})
	fmt.Println(n, big)
	b := make([]byte, 3)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	n = copy(b, "")
	fmt.Println(n, copy([]int(nil), s))
}
