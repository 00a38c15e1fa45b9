// OnceFunc/OnceValue/OnceValues call f once and return its results every time; a panic in f is re-raised by every call.
// gopp: requires go1.22
package main

import (
	"errors"
	"fmt"
	"sync"
)

func call(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	n := 0
	f := sync.OnceFunc(func() { n++ })
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f()
		}()
	}
	wg.Wait()
	f()
	fmt.Println("OnceFunc calls:", n)

	calls := 0
	v := sync.OnceValue(func() int {
		calls++
		return 42
	})
	fmt.Println(v(), v(), "calls:", calls)

	vs := sync.OnceValues(func() (string, error) {
		calls++
		return "data", errors.New("read failed")
	})
	s, err := vs()
	s2, err2 := vs()
	fmt.Println(s, err, s2, err2, err == err2, "calls:", calls)

	tries := 0
	p := sync.OnceFunc(func() {
		tries++
		panic("first and only run")
	})
	call("first", p)
	call("second", p)
	fmt.Println("f ran", tries, "time(s)")

	pv := sync.OnceValue(func() int { panic(fmt.Sprintf("value %d", 7)) })
	call("OnceValue", func() { fmt.Println(pv()) })
	call("OnceValue again", func() { fmt.Println(pv()) })
}
