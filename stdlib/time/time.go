// The API of package time as gopp provides it (Go 1.22 level): Time,
// Month, Weekday, Location and the clock. Declarations only: bodyless
// functions and methods are implemented in C++ by gopp's runtime and
// standard library.

package time

// Time is an instant with nanosecond precision, plus the location used to
// show it; it may carry a monotonic clock reading. Compare with Equal, not ==.
type Time struct {
	wall uint64    // the hasMonotonic flag, 33-bit seconds and 30-bit nanoseconds
	ext  int64     // 64-bit seconds, or the monotonic reading
	loc  *Location // nil means UTC
}

func Now() Time
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func Unix(sec int64, nsec int64) Time
func UnixMicro(usec int64) Time
func UnixMilli(msec int64) Time
func Since(t Time) Duration
func Until(t Time) Duration

func (t Time) Add(d Duration) Time
func (t Time) AddDate(years int, months int, days int) Time
func (t Time) After(u Time) bool
func (t Time) AppendFormat(b []byte, layout string) []byte
func (t Time) Before(u Time) bool
func (t Time) Clock() (hour, min, sec int)
func (t Time) Compare(u Time) int
func (t Time) Date() (year int, month Month, day int)
func (t Time) Day() int
func (t Time) Equal(u Time) bool
func (t Time) Format(layout string) string
func (t Time) GoString() string
func (t Time) Hour() int
func (t Time) ISOWeek() (year, week int)
func (t Time) In(loc *Location) Time
func (t Time) IsDST() bool
func (t Time) IsZero() bool
func (t Time) Local() Time
func (t Time) Location() *Location
func (t Time) Minute() int
func (t Time) Month() Month
func (t Time) Nanosecond() int
func (t Time) Round(d Duration) Time
func (t Time) Second() int
func (t Time) String() string
func (t Time) Sub(u Time) Duration
func (t Time) Truncate(d Duration) Time
func (t Time) UTC() Time
func (t Time) Unix() int64
func (t Time) UnixMicro() int64
func (t Time) UnixMilli() int64
func (t Time) UnixNano() int64
func (t Time) Weekday() Weekday
func (t Time) Year() int
func (t Time) YearDay() int
func (t Time) Zone() (name string, offset int)
func (t Time) ZoneBounds() (start, end Time)

// Encodings (binary, gob, JSON as RFC 3339 with nanoseconds, text).

func (t Time) GobEncode() ([]byte, error)
func (t Time) MarshalBinary() ([]byte, error)
func (t Time) MarshalJSON() ([]byte, error)
func (t Time) MarshalText() ([]byte, error)
func (t *Time) GobDecode(data []byte) error
func (t *Time) UnmarshalBinary(data []byte) error
func (t *Time) UnmarshalJSON(data []byte) error
func (t *Time) UnmarshalText(data []byte) error

// Month is a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

// Weekday is a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

// Location maps instants to the zone in use there.
type Location struct {
	name string
	zone []zone
	tx   []zoneTrans
}

// zone is one zone of a Location, such as CET or CEST.
type zone struct {
	name   string
	offset int // seconds east of UTC
	isDST  bool
}

// zoneTrans is one transition of a Location to another of its zones.
type zoneTrans struct {
	when  int64 // Unix seconds
	index uint8 // into Location.zone
}

var (
	UTC   *Location // Coordinated Universal Time
	Local *Location // the system's local time zone
)

func FixedZone(name string, offset int) *Location
func LoadLocation(name string) (*Location, error)
func LoadLocationFromTZData(name string, data []byte) (*Location, error)

func (l *Location) String() string
