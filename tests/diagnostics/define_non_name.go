// go: rejects at line 7
package p

var a struct{ b int }

func f() {
	a.b := 1
}
