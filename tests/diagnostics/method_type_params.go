// go: rejects at line 6
package p

type T struct{}

func (T) m[P any]() {}
