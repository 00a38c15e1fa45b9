// go: rejects at line 5
package p

func f(y interface{}) {
	x := y.(type)
	_ = x
}
