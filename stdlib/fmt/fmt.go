// The API of package fmt as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions are implemented in C++ by gopp's
// runtime and standard library.

package fmt

import "io"

// Stringer is implemented by values with a native string form, used by %v and %s.
type Stringer interface {
	String() string
}

// GoStringer is implemented by values that control their %#v form.
type GoStringer interface {
	GoString() string
}

// State is what a Formatter's Format method is given: the output and the verb's flags.
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by values that format themselves.
type Formatter interface {
	Format(f State, verb rune)
}

// ScanState is what a Scanner's Scan method is given.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by values that scan themselves.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// FormatString rebuilds the directive (such as "%-08.3x") that State and verb describe.
func FormatString(state State, verb rune) string

// Printing.

func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Println(a ...any) (n int, err error)

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)

func Sprint(a ...any) string
func Sprintf(format string, a ...any) string
func Sprintln(a ...any) string

func Append(b []byte, a ...any) []byte
func Appendf(b []byte, format string, a ...any) []byte
func Appendln(b []byte, a ...any) []byte

// Errorf formats an error message; each %w operand is wrapped by the result.
func Errorf(format string, a ...any) error

// Scanning.

func Scan(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)

func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)

func Sscan(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
