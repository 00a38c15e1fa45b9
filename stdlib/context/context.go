// The API of package context as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions are implemented in C++ by gopp's
// runtime and standard library.

package context

import "time"

// Context carries a deadline, a cancellation signal and request-scoped
// values; its methods are safe for concurrent use.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key any) any
}

// CancelFunc cancels a context; calls after the first do nothing.
type CancelFunc func()

// CancelCauseFunc cancels a context with a cause, which Cause returns.
type CancelCauseFunc func(cause error)

var (
	Canceled         error // the Err of a canceled context
	DeadlineExceeded error // the Err of a context whose deadline passed
)

// Background is the never-canceled root context, with no values or deadline.
func Background() Context

// TODO is Background, for code not yet given a context.
func TODO() Context

func WithCancel(parent Context) (ctx Context, cancel CancelFunc)
func WithCancelCause(parent Context) (ctx Context, cancel CancelCauseFunc)
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc)
func WithDeadlineCause(parent Context, d time.Time, cause error) (Context, CancelFunc)
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc)
func WithTimeoutCause(parent Context, timeout time.Duration, cause error) (Context, CancelFunc)
func WithValue(parent Context, key, val any) Context

// WithoutCancel returns a context with parent's values that is never canceled.
func WithoutCancel(parent Context) Context

// Cause returns why c was canceled: the cause given, else c.Err(); nil if not canceled.
func Cause(c Context) error

// AfterFunc arranges to call f in its own goroutine once ctx is done;
// stop unregisters f and reports whether it did so before f started.
func AfterFunc(ctx Context, f func()) (stop func() bool)
