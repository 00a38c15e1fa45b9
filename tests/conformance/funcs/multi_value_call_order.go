// In f(g()) with a multi-value g, the function value or the receiver (including any call that yields them) is evaluated before g is called, for func values, indexed func values, methods of values, pointers, interfaces and generic types, variadic functions and defer/go statements.
package main

import "fmt"

var trace []string

func note(s string) { trace = append(trace, s) }

func pair() (int, int) { note("pair"); return 1, 2 }

func fv() func(int, int) int {
	note("fv")
	return func(a, b int) int { return a + b }
}

type T struct{ n int }

func (t T) Sum(a, b int) int   { return t.n + a + b }
func (t *T) PSum(a, b int) int { return t.n * (a + b) }

type Summer interface{ Sum(a, b int) int }

type Box[E any] struct{ e E }

func (b Box[E]) Both(a, c int) string { return fmt.Sprint(b.e, a, c) }

func mkT() T           { note("mkT"); return T{10} }
func mkP() *T          { note("mkP"); return &T{3} }
func mkI() Summer      { note("mkI"); return T{100} }
func mkB() Box[string] { note("mkB"); return Box[string]{"x"} }
func mkS() []func(int, int) int {
	note("mkS")
	return []func(int, int) int{func(a, b int) int { return a - b }}
}
func mkV() func(string, ...int) string {
	note("mkV")
	return func(s string, xs ...int) string { return fmt.Sprint(s, xs) }
}
func sender(ch chan int) func(int, int) {
	note("sender")
	return func(a, b int) { ch <- a + b }
}
func triple() (string, int, int) { note("triple"); return "v", 7, 8 }

func run(name string, f func() any) {
	trace = nil
	v := f()
	fmt.Println(name, v, trace)
}

func main() {
	run("func value", func() any { return fv()(pair()) })
	run("indexed", func() any { return mkS()[0](pair()) })
	run("value method", func() any { return mkT().Sum(pair()) })
	run("pointer method", func() any { return mkP().PSum(pair()) })
	run("interface method", func() any { return mkI().Sum(pair()) })
	run("generic method", func() any { return mkB().Both(pair()) })
	run("variadic", func() any { return mkV()(triple()) })
	run("method value", func() any { return mkT().Sum(pair()) + fv()(pair()) })
	run("go", func() any {
		ch := make(chan int)
		go sender(ch)(pair())
		return <-ch
	})
	run("defer", func() any {
		func() {
			defer fv()(pair())
			note("body")
		}()
		return "done"
	})
}
