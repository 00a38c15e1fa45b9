// The API of package log as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's standard library.

package log

import "io"

// The flags that choose the header of each entry.
const (
	Ldate         = 1 << iota // the date in the local time zone: 2009/01/23
	Ltime                     // the time in the local time zone: 01:23:23
	Lmicroseconds             // microsecond resolution: 01:23:23.123123; assumes Ltime
	Llongfile                 // full file name and line number: /a/b/c/d.go:23
	Lshortfile                // final file name element and line number: d.go:23
	LUTC                      // with Ldate or Ltime, UTC rather than the local time zone
	Lmsgprefix                // the prefix before the message rather than at the start of the line
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines of output to an io.Writer, one Write per entry;
// it is safe for concurrent use.
type Logger struct {
	outMu     [2]uint32
	lock      uint32
	prefix    string
	flag      int
	out       io.Writer
	isDiscard bool
	buf       []byte // not comparable, as Go 1.19's Logger (which formats into it)
}

func New(out io.Writer, prefix string, flag int) *Logger
func Default() *Logger

func (l *Logger) SetOutput(w io.Writer)
func (l *Logger) Output(calldepth int, s string) error
func (l *Logger) Print(v ...any)
func (l *Logger) Printf(format string, v ...any)
func (l *Logger) Println(v ...any)
func (l *Logger) Fatal(v ...any)
func (l *Logger) Fatalf(format string, v ...any)
func (l *Logger) Fatalln(v ...any)
func (l *Logger) Panic(v ...any)
func (l *Logger) Panicf(format string, v ...any)
func (l *Logger) Panicln(v ...any)
func (l *Logger) Flags() int
func (l *Logger) SetFlags(flag int)
func (l *Logger) Prefix() string
func (l *Logger) SetPrefix(prefix string)
func (l *Logger) Writer() io.Writer

// The standard logger's functions.

func SetOutput(w io.Writer)
func Flags() int
func SetFlags(flag int)
func Prefix() string
func SetPrefix(prefix string)
func Writer() io.Writer
func Print(v ...any)
func Printf(format string, v ...any)
func Println(v ...any)
func Fatal(v ...any)
func Fatalf(format string, v ...any)
func Fatalln(v ...any)
func Panic(v ...any)
func Panicf(format string, v ...any)
func Panicln(v ...any)
func Output(calldepth int, s string) error
