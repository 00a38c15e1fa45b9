// The API of package bufio as gopp provides it (Go 1.22 level): buffered
// Reader, Writer and ReadWriter. Declarations only: bodyless functions
// and methods are implemented in C++ by gopp's runtime and standard library.

package bufio

import "io"

var (
	ErrInvalidUnreadByte error // UnreadByte not after a read of a byte
	ErrInvalidUnreadRune error // UnreadRune not after ReadRune
	ErrBufferFull        error // the buffer filled before the delimiter
	ErrNegativeCount     error // a negative count was given
)

// Reader buffers an io.Reader.
type Reader struct {
	buf          []byte
	rd           io.Reader
	r, w         int // read and write positions in buf
	err          error
	lastByte     int // the last byte read, for UnreadByte; -1 if none
	lastRuneSize int // the size of the last rune read, for UnreadRune; -1 if none
}

func NewReader(rd io.Reader) *Reader
func NewReaderSize(rd io.Reader, size int) *Reader

func (b *Reader) Buffered() int
func (b *Reader) Discard(n int) (discarded int, err error)
func (b *Reader) Peek(n int) ([]byte, error)
func (b *Reader) Read(p []byte) (n int, err error)
func (b *Reader) ReadByte() (byte, error)
func (b *Reader) ReadBytes(delim byte) ([]byte, error)
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error)
func (b *Reader) ReadRune() (r rune, size int, err error)
func (b *Reader) ReadSlice(delim byte) (line []byte, err error)
func (b *Reader) ReadString(delim byte) (string, error)
func (b *Reader) Reset(r io.Reader)
func (b *Reader) Size() int
func (b *Reader) UnreadByte() error
func (b *Reader) UnreadRune() error
func (b *Reader) WriteTo(w io.Writer) (n int64, err error)

// Writer buffers an io.Writer; after an error every further write fails
// with it. Call Flush at the end.
type Writer struct {
	err error
	buf []byte
	n   int // bytes buffered
	wr  io.Writer
}

func NewWriter(w io.Writer) *Writer
func NewWriterSize(w io.Writer, size int) *Writer

func (b *Writer) Available() int
func (b *Writer) AvailableBuffer() []byte
func (b *Writer) Buffered() int
func (b *Writer) Flush() error
func (b *Writer) ReadFrom(r io.Reader) (n int64, err error)
func (b *Writer) Reset(w io.Writer)
func (b *Writer) Size() int
func (b *Writer) Write(p []byte) (nn int, err error)
func (b *Writer) WriteByte(c byte) error
func (b *Writer) WriteRune(r rune) (size int, err error)
func (b *Writer) WriteString(s string) (int, error)

// ReadWriter is a Reader and a Writer together; its methods are theirs.
type ReadWriter struct {
	*Reader
	*Writer
}

func NewReadWriter(r *Reader, w *Writer) *ReadWriter
