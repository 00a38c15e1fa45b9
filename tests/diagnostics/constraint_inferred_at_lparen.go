// go: rejects at line 15
package main

type S interface{ M() }

type T struct{}

func (*T) M() {}

func Call[X S](x X) { x.M() }

func Sum[N ~int | ~float64](x N) N { return x }

func main() {
	Call(T{})
	_ = Sum("a")
}
