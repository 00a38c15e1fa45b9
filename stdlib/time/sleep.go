// The API of package time as gopp provides it (Go 1.23 level): sleeping,
// timers and tickers. Declarations only: bodyless functions and methods
// are implemented in C++ by gopp's runtime (its timer heap).

package time

// Sleep pauses the goroutine for at least d.
func Sleep(d Duration)

// Timer sends the current time on C once, when it fires, unless stopped.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// runtimeTimer is the runtime's handle for a Timer's or Ticker's entry.
// (As in Go 1.23, Timer and Ticker are comparable.)
type runtimeTimer struct {
	id uintptr
}

func NewTimer(d Duration) *Timer

// AfterFunc calls f in its own goroutine after d; the Timer's C is nil.
func AfterFunc(d Duration, f func()) *Timer

// After is NewTimer(d).C.
func After(d Duration) <-chan Time

func (t *Timer) Reset(d Duration) bool
func (t *Timer) Stop() bool

// Ticker sends the current time on C every period, dropping ticks for slow receivers.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker

// Tick is NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time

func (t *Ticker) Reset(d Duration)
func (t *Ticker) Stop()
