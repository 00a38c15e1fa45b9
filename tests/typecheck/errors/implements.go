// errorcheck

// Types that do not implement an interface: a missing method, a method
// with a pointer receiver, a method of the wrong type.

package main

type Stringer interface{ String() string }

type ReadCloser interface {
	Read(p []byte) (int, error)
	Close() error
}

type Plain struct{}

type Ptr struct{}

func (*Ptr) String() string { return "" }

type Wrong struct{}

func (Wrong) String() int { return 0 }

type Half struct{}

func (Half) Close() error { return nil }

func use(Stringer) {}

func main() {
	var s Stringer
	s = Plain{} // ERROR "Plain does not implement Stringer \(missing (method String|String method)\)"
	s = Ptr{}   // ERROR "Ptr does not implement Stringer \(method String has pointer receiver\)|String method has pointer receiver"
	s = &Ptr{}
	s = Wrong{} // ERROR "Wrong does not implement Stringer \(wrong type for (method String|String method)\)"
	use(Plain{}) // ERROR "cannot use Plain\{\} \(value of type Plain\) as (type Stringer|Stringer value) in argument to use"
	var rc ReadCloser = Half{} // ERROR "Half does not implement ReadCloser \(missing (method Read|Read method)\)"
	_, _ = s, rc
}
