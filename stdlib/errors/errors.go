// The API of package errors as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions are implemented in C++ by gopp's
// runtime and standard library.

package errors

// New returns an error whose Error method returns text; each call gives a distinct error.
func New(text string) error

// Is reports whether err or an error in its Unwrap chain (or tree) matches target.
func Is(err, target error) bool

// As finds the first error in err's tree assignable to *target, stores it and reports success.
func As(err error, target any) bool

// Unwrap returns the result of err's Unwrap() error method, or nil.
func Unwrap(err error) error

// Join returns an error wrapping the non-nil errs, or nil if there are none.
func Join(errs ...error) error

// ErrUnsupported reports that an operation is not supported.
var ErrUnsupported error
