// go: rejects at line 8
package p

func f() {
	if true {
		println()
}
