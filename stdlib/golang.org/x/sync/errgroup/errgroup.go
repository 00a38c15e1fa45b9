// The API of package golang.org/x/sync/errgroup as gopp provides it.
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's runtime and standard library.

package errgroup

import (
	"context"
	"sync"
)

// Group runs goroutines for subtasks of one task and collects the first
// error; the zero value has no limit and does not cancel anything.
type Group struct {
	cancel  func(error) // cancels the context of WithContext, if any
	wg      sync.WaitGroup
	sem     chan token // holds a token per running goroutine when limited
	errOnce sync.Once
	err     error
}

type token struct{}

// WithContext returns a Group whose first failing goroutine, or the
// return of Wait, cancels the derived context.
func WithContext(ctx context.Context) (*Group, context.Context)

// Go runs f in a new goroutine, waiting first for room under the limit.
func (g *Group) Go(f func() error)

// TryGo runs f in a new goroutine only if the limit allows it now.
func (g *Group) TryGo(f func() error) bool

// SetLimit limits the number of active goroutines to n (negative: no
// limit); it must not be changed while goroutines are active.
func (g *Group) SetLimit(n int)

// Wait blocks until every function started has returned, then returns
// the first non-nil error, if any.
func (g *Group) Wait() error
