// go: rejects at line 4
package p

func f(a int, string) {}
