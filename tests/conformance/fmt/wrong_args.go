// Printf reports bad verbs and argument mismatches inline: %!d(string=hi), %!d(MISSING), %!(EXTRA ...).
package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%z\n", 3)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("100%\n")
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%[3]d %[1]d\n", 1, 2)
	fmt.Printf("%.*d|\n", -1, 5)
	fmt.Printf("no verbs\n", 42)
	fmt.Println(fmt.Sprintf("%s", []int{1}), fmt.Sprintf("%x", struct{ a string }{"A"}))
}
