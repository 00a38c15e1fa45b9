// fmt.Errorf with %w wraps an error (Unwrap returns it; errors.Is/As see through); %v only formats.
package main

import (
	"errors"
	"fmt"
	"io"
)

func main() {
	base := io.EOF
	w1 := fmt.Errorf("reading header: %w", base)
	w2 := fmt.Errorf("open config: %w", w1)
	fmt.Println(w2)
	fmt.Println(errors.Unwrap(w2) == w1, errors.Unwrap(w1) == base, errors.Unwrap(base))
	fmt.Println(errors.Is(w2, io.EOF), errors.Is(w2, io.ErrUnexpectedEOF))
	v := fmt.Errorf("not wrapped: %v", base)
	fmt.Println(v, errors.Is(v, io.EOF), errors.Unwrap(v))
	fmt.Printf("%T %T\n", w1, v)
	bad := fmt.Errorf("%w", "not an error")
	fmt.Println(bad, errors.Unwrap(bad))
	nilw := fmt.Errorf("nil: %w", nil)
	fmt.Println(nilw, errors.Unwrap(nilw) == nil)
	fmt.Printf("%v|%s|%q\n", w1, w1, w1)
}
