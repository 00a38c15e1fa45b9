// go: rejects at line 7
package p

func f(x bool) {
	if x {
	}
	else {
	}
}
