// go: rejects at line 4
package p

/* never closed

func f() {}
