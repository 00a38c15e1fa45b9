// The API of package unicode as gopp provides it (Go 1.22 level, Unicode
// 15.0.0): constants, types and functions; the tables are in tables.go.
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's runtime and standard library.

package unicode

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// Version is the Unicode edition the tables come from.
const Version = "15.0.0"

// Indices into CaseRange.Delta, and the "case" argument of To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange's Delta means the range alternates
// upper case, lower case, upper case, ... starting with upper case.
const UpperLower = MaxRune + 1

// RangeTable is a set of code points: 16-bit ranges, then 32-bit ranges,
// each sorted; the first LatinOffset entries of R16 have Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the code points Lo, Lo+Stride, ..., up to Hi inclusive.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points that need more than 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// CaseRange maps the code points Lo..Hi to the other cases by adding Delta[case].
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// d holds the deltas to upper, lower and title case.
type d [MaxCase]rune

// SpecialCase is a language's exceptions to the standard case mappings.
type SpecialCase []CaseRange

func (special SpecialCase) ToLower(r rune) rune
func (special SpecialCase) ToTitle(r rune) rune
func (special SpecialCase) ToUpper(r rune) rune

// Membership.

func In(r rune, ranges ...*RangeTable) bool
func Is(rangeTab *RangeTable, r rune) bool
func IsOneOf(ranges []*RangeTable, r rune) bool

// Classification.

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool

// Case mapping.

func SimpleFold(r rune) rune
func To(_case int, r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
