// The API of package io as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's runtime and standard library.

package io

// Whence values for Seek.
const (
	SeekStart   = 0 // relative to the origin
	SeekCurrent = 1 // relative to the current offset
	SeekEnd     = 2 // relative to the end
)

// Errors.
var (
	EOF              error // no more input; returned by Read as is, never wrapped
	ErrUnexpectedEOF error // EOF in the middle of a fixed-size block or structure
	ErrShortWrite    error // a write accepted fewer bytes than asked without an error
	ErrShortBuffer   error // a read needed a longer buffer than was given
	ErrNoProgress    error // many Read calls returned no data and no error
	ErrClosedPipe    error // a read or write on a closed pipe
)

// The basic interfaces.

type Reader interface {
	Read(p []byte) (n int, err error)
}

type Writer interface {
	Write(p []byte) (n int, err error)
}

type Closer interface {
	Close() error
}

type Seeker interface {
	Seek(offset int64, whence int) (int64, error)
}

type ReaderAt interface {
	ReadAt(p []byte, off int64) (n int, err error)
}

type WriterAt interface {
	WriteAt(p []byte, off int64) (n int, err error)
}

type ReaderFrom interface {
	ReadFrom(r Reader) (n int64, err error)
}

type WriterTo interface {
	WriteTo(w Writer) (n int64, err error)
}

type ByteReader interface {
	ReadByte() (byte, error)
}

type ByteScanner interface {
	ByteReader
	UnreadByte() error
}

type ByteWriter interface {
	WriteByte(c byte) error
}

type RuneReader interface {
	ReadRune() (r rune, size int, err error)
}

type RuneScanner interface {
	RuneReader
	UnreadRune() error
}

type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// Combinations.

type ReadWriter interface {
	Reader
	Writer
}

type ReadCloser interface {
	Reader
	Closer
}

type WriteCloser interface {
	Writer
	Closer
}

type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}

type ReadSeeker interface {
	Reader
	Seeker
}

type ReadSeekCloser interface {
	Reader
	Seeker
	Closer
}

type WriteSeeker interface {
	Writer
	Seeker
}

type ReadWriteSeeker interface {
	Reader
	Writer
	Seeker
}

// Copying and reading.

func Copy(dst Writer, src Reader) (written int64, err error)
func CopyBuffer(dst Writer, src Reader, buf []byte) (written int64, err error)
func CopyN(dst Writer, src Reader, n int64) (written int64, err error)
func ReadAll(r Reader) ([]byte, error)
func ReadAtLeast(r Reader, buf []byte, min int) (n int, err error)
func ReadFull(r Reader, buf []byte) (n int, err error)
func WriteString(w Writer, s string) (n int, err error)

// Adapters.

// Discard is a Writer on which every Write succeeds and does nothing.
var Discard Writer

func LimitReader(r Reader, n int64) Reader
func MultiReader(readers ...Reader) Reader
func MultiWriter(writers ...Writer) Writer
func NopCloser(r Reader) ReadCloser
func TeeReader(r Reader, w Writer) Reader

// LimitedReader reads from R at most N more bytes.
type LimitedReader struct {
	R Reader // the underlying reader
	N int64  // the bytes left
}

func (l *LimitedReader) Read(p []byte) (n int, err error)

// SectionReader reads the n bytes of a ReaderAt that start at offset base.
type SectionReader struct {
	r     ReaderAt
	base  int64 // the section's start in r
	off   int64 // the current offset in r
	limit int64 // the section's end in r
}

func NewSectionReader(r ReaderAt, off int64, n int64) *SectionReader

func (s *SectionReader) Read(p []byte) (n int, err error)
func (s *SectionReader) ReadAt(p []byte, off int64) (n int, err error)
func (s *SectionReader) Seek(offset int64, whence int) (int64, error)
func (s *SectionReader) Size() int64

// Outer returns the arguments NewSectionReader was given.
func (s *SectionReader) Outer() (r ReaderAt, off int64, n int64)

// OffsetWriter writes to a WriterAt at offsets shifted by base.
type OffsetWriter struct {
	w    WriterAt
	base int64 // the origin
	off  int64 // the current offset
}

func NewOffsetWriter(w WriterAt, off int64) *OffsetWriter

func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error)
func (o *OffsetWriter) Write(p []byte) (n int, err error)
func (o *OffsetWriter) WriteAt(p []byte, off int64) (n int, err error)

// Pipes.

// pipe is the state shared by the two ends of a Pipe (kept by the runtime).
type pipe struct {
	handle uintptr
}

// PipeReader is the read end of a pipe.
type PipeReader struct {
	p *pipe
}

func (r *PipeReader) Close() error
func (r *PipeReader) CloseWithError(err error) error
func (r *PipeReader) Read(data []byte) (n int, err error)

// PipeWriter is the write end of a pipe.
type PipeWriter struct {
	p *pipe
}

func (w *PipeWriter) Close() error
func (w *PipeWriter) CloseWithError(err error) error
func (w *PipeWriter) Write(data []byte) (n int, err error)

// Pipe makes a synchronous in-memory pipe: each Write blocks until Reads
// have taken all its data.
func Pipe() (*PipeReader, *PipeWriter)
