// The API of package strconv as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's runtime and standard library.

package strconv

// IntSize is the size in bits of an int or uint value.
const IntSize = 32 << (^uint(0) >> 63)

// ErrRange reports a value out of range for the target type.
var ErrRange error

// ErrSyntax reports a value without the right syntax for the target type.
var ErrSyntax error

// NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ...)
	Num  string // the input
	Err  error  // ErrRange, ErrSyntax or another reason
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

// Booleans.

func ParseBool(str string) (bool, error)
func FormatBool(b bool) string
func AppendBool(dst []byte, b bool) []byte

// Integers.

func Atoi(s string) (int, error)
func Itoa(i int) string
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func AppendInt(dst []byte, i int64, base int) []byte
func AppendUint(dst []byte, i uint64, base int) []byte

// Floating-point and complex numbers.

func ParseFloat(s string, bitSize int) (float64, error)
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte
func ParseComplex(s string, bitSize int) (complex128, error)
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string

// Quoting.

func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteToGraphic(s string) string
func QuoteRune(r rune) string
func QuoteRuneToASCII(r rune) string
func QuoteRuneToGraphic(r rune) string
func AppendQuote(dst []byte, s string) []byte
func AppendQuoteToASCII(dst []byte, s string) []byte
func AppendQuoteToGraphic(dst []byte, s string) []byte
func AppendQuoteRune(dst []byte, r rune) []byte
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte
func CanBackquote(s string) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func QuotedPrefix(s string) (string, error)
func Unquote(s string) (string, error)
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error)
