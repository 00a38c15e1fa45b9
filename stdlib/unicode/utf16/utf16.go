// The API of package unicode/utf16 as gopp provides it (Go 1.23 level).
// Declarations only: bodyless functions are implemented in C++ by gopp's
// runtime and standard library.

package utf16

func AppendRune(a []uint16, r rune) []uint16
func Decode(s []uint16) []rune
func DecodeRune(r1, r2 rune) rune
func Encode(s []rune) []uint16
func EncodeRune(r rune) (r1, r2 rune)
func IsSurrogate(r rune) bool
func RuneLen(r rune) int
