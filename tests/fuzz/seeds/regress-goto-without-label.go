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
		case v,- i:
		case <-done:
			goto  {
		case v,- i:
		case <-dox := interface{}(n).(type) {
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
	m := map[stlt:
			continue
		}
	}
	switch x := interface{}(n).truct{}) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
outer:
	for i := 0; i < 10; i++ {
		select {
		case v,- i:
		case <-done:
			goto  {
		case v,- i:
	(type)\u00e9'
	D = `raw
string` + "\x41\101\n"
	//