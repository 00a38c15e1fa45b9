// The API of package unicode/utf8 as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions are implemented in C++ by gopp's
// runtime and standard library.

package utf8

const (
	RuneError = '\uFFFD'     // the "error" rune, Unicode's replacement character
	RuneSelf  = 0x80         // runes below RuneSelf are one byte, the same as their value
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the most bytes one encoded rune takes
)

func AppendRune(p []byte, r rune) []byte
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneLen(r rune) int
func RuneStart(b byte) bool
func Valid(p []byte) bool
func ValidRune(r rune) bool
func ValidString(s string) bool
