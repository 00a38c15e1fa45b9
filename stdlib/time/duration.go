// The API of package time as gopp provides it (Go 1.22 level): Duration.
// Declarations only: bodyless methods are implemented in C++ by gopp's
// runtime and standard library.

package time

// Duration is the time between two instants in nanoseconds (about 290 years at most).
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// ParseDuration parses a signed sequence of decimals with units, such as
// "300ms", "-1.5h" or "2h45m" (units ns, us, µs, ms, s, m, h).
func ParseDuration(s string) (Duration, error)

func (d Duration) Abs() Duration
func (d Duration) Hours() float64
func (d Duration) Microseconds() int64
func (d Duration) Milliseconds() int64
func (d Duration) Minutes() float64
func (d Duration) Nanoseconds() int64
func (d Duration) Round(m Duration) Duration
func (d Duration) Seconds() float64
func (d Duration) String() string
func (d Duration) Truncate(m Duration) Duration
