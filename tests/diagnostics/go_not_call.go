// go: rejects at line 5
package p

func f() {
	go f
}
