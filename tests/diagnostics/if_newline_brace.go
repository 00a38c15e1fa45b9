// go: rejects at line 5
package p

func f(x bool) {
	if x
	{
	}
}
