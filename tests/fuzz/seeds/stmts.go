package p

import "fmt"

func f(ch chan int, done <-chan struct{}) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
outer:
	for i := 0; i < 10; i++ {
		select {
		case v, ok := <-ch:
			if !ok {
				break outer
			}
			n += v
		case ch <- i:
		case <-done:
			goto end
		default:
			continue
		}
	}
	switch x := interface{}(n).(type) {
	case int, int64:
		_ = x
		fallthrough_ := 1
		_ = fallthrough_
	case nil:
	}
	switch {
	case n > 3:
		fallthrough
	default:
	}
end:
	a := [...]int{1, 2, 3}
	s := a[1:2:3]
	m := map[string][]int{"a": {1}, "b": nil}
	_, _ = s, m
	return n &^ 0x_FF, nil
}

const (
	A = iota * 1e3
	B
	C = 'x' + '\u00e9'
	D = `raw
string` + "\x41\101\n"
	E = 0b1010 + 0o17 + 017 + 0x1p-2 + 1.5i
)
