// go: rejects at line 5
package p

func f() {
	x := 1 )
	_ = x
}
