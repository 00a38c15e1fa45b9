// The API of package sync as gopp provides it: OnceFunc, OnceValue and
// OnceValues, written in Go on top of Once (Go requires a body on every
// generic function). If f panics, the panic goes on from the first call,
// and every later call panics with the same value.

package sync

// OnceFunc returns a function that calls f on its first call only.
func OnceFunc(f func()) func() {
	var once Once
	var finished bool // f returned normally
	var failure any   // what f panicked with
	call := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		f()
		finished = true
	}
	return func() {
		once.Do(call)
		if !finished {
			panic(failure)
		}
	}
}

// OnceValue is OnceFunc for a function with a result, which every call returns.
func OnceValue[T any](f func() T) func() T {
	var result T
	g := OnceFunc(func() { result = f() })
	return func() T {
		g()
		return result
	}
}

// OnceValues is OnceValue for a function with two results.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var r1 T1
	var r2 T2
	g := OnceFunc(func() { r1, r2 = f() })
	return func() (T1, T2) {
		g()
		return r1, r2
	}
}
