// The API of package bufio as gopp provides it (Go 1.22 level): Scanner
// and the split functions. Declarations only: bodyless functions and
// methods are implemented in C++ by gopp's runtime and standard library.

package bufio

import "io"

// MaxScanTokenSize is the default limit on the size of a token (64 KiB).
const MaxScanTokenSize = 64 * 1024

var (
	ErrTooLong         error // a token longer than the buffer
	ErrNegativeAdvance error // a SplitFunc returned a negative advance
	ErrAdvanceTooFar   error // a SplitFunc advanced past its input
	ErrBadReadCount    error // the reader returned an impossible count
)

// ErrFinalToken, returned by a SplitFunc with a token, ends the scan
// after that token without an error.
var ErrFinalToken error

// SplitFunc finds the next token in data: it returns how far to advance,
// the token (nil for none yet), and an error that stops the scan.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads an io.Reader token by token, splitting with a SplitFunc
// (ScanLines by default).
type Scanner struct {
	r            io.Reader
	split        SplitFunc
	maxTokenSize int
	token        []byte // the last token
	buf          []byte
	start, end   int // the unprocessed part of buf
	err          error
	empties      int  // consecutive empty tokens
	scanCalled   bool // Scan has been called; Buffer and Split may no longer be
	done         bool
}

func NewScanner(r io.Reader) *Scanner

func (s *Scanner) Buffer(buf []byte, max int)
func (s *Scanner) Bytes() []byte
func (s *Scanner) Err() error
func (s *Scanner) Scan() bool
func (s *Scanner) Split(split SplitFunc)
func (s *Scanner) Text() string

// Split functions.

func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error)
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error)
