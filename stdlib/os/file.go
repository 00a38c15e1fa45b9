// The API of package os as gopp provides it (Go 1.22 level): files and the
// file system, the commonly used part (see stdlib/README.md for what is
// left out). Declarations only: bodyless functions and methods are
// implemented in C++ by gopp's runtime and standard library, on POSIX.
//
// Go declares FileMode, FileInfo, DirEntry and PathError in io/fs and
// aliases them here; gopp has no io/fs, so os declares them itself.

package os

import (
	"io"
	"time"
)

// Flags for OpenFile (Linux values): exactly one of O_RDONLY, O_WRONLY and
// O_RDWR, or-ed with any of the others.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Whence values for Seek; use io.SeekStart and friends instead.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'         // separates the elements of a path
	PathListSeparator = ':'         // separates the paths of a list such as $PATH
	DevNull           = "/dev/null" // the null device
)

// FileMode is a file's type and permission bits, as io/fs defines them.
type FileMode uint32

// The type bits; the 9 permission bits are ModePerm.
const (
	ModeDir        FileMode = 1 << 31
	ModeAppend     FileMode = 1 << 30
	ModeExclusive  FileMode = 1 << 29
	ModeTemporary  FileMode = 1 << 28
	ModeSymlink    FileMode = 1 << 27
	ModeDevice     FileMode = 1 << 26
	ModeNamedPipe  FileMode = 1 << 25
	ModeSocket     FileMode = 1 << 24
	ModeSetuid     FileMode = 1 << 23
	ModeSetgid     FileMode = 1 << 22
	ModeCharDevice FileMode = 1 << 21
	ModeSticky     FileMode = 1 << 20
	ModeIrregular  FileMode = 1 << 19
)

// ModeType masks the type bits.
const ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

// ModePerm masks the Unix permission bits.
const ModePerm FileMode = 0777

func (m FileMode) IsDir() bool
func (m FileMode) IsRegular() bool
func (m FileMode) Perm() FileMode
func (m FileMode) String() string
func (m FileMode) Type() FileMode

// FileInfo describes a file, as Stat and Lstat return it.
type FileInfo interface {
	Name() string       // the last element of the path
	Size() int64        // the length in bytes of a regular file
	Mode() FileMode     // type and permission bits
	ModTime() time.Time // the time of the last modification
	IsDir() bool        // Mode().IsDir()
	Sys() any           // the system's own data, or nil
}

// DirEntry is one entry of a directory, as ReadDir returns it.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode // the type bits only
	Info() (FileInfo, error)
}

// File is an open file descriptor. Its methods return *PathError errors.
type File struct {
	*file // shared by copies, so that closing one closes all
}

// file is the state of an open File.
type file struct {
	fd         int
	name       string
	appendMode bool // opened with O_APPEND
	closed     bool
}

var (
	Stdin  *File // standard input
	Stdout *File // standard output
	Stderr *File // standard error
)

func Create(name string) (*File, error)
func CreateTemp(dir, pattern string) (*File, error)
func NewFile(fd uintptr, name string) *File
func Open(name string) (*File, error)
func OpenFile(name string, flag int, perm FileMode) (*File, error)
func Pipe() (r *File, w *File, err error)

func (f *File) Chdir() error
func (f *File) Chmod(mode FileMode) error
func (f *File) Chown(uid, gid int) error
func (f *File) Close() error
func (f *File) Fd() uintptr
func (f *File) Name() string
func (f *File) Read(b []byte) (n int, err error)
func (f *File) ReadAt(b []byte, off int64) (n int, err error)
func (f *File) ReadDir(n int) ([]DirEntry, error)
func (f *File) ReadFrom(r io.Reader) (n int64, err error)
func (f *File) Readdir(n int) ([]FileInfo, error)
func (f *File) Readdirnames(n int) (names []string, err error)
func (f *File) Seek(offset int64, whence int) (ret int64, err error)
func (f *File) SetDeadline(t time.Time) error
func (f *File) SetReadDeadline(t time.Time) error
func (f *File) SetWriteDeadline(t time.Time) error
func (f *File) Stat() (FileInfo, error)
func (f *File) Sync() error
func (f *File) Truncate(size int64) error
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteAt(b []byte, off int64) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
func (f *File) WriteTo(w io.Writer) (n int64, err error)

// Whole files and the file system.

func Chdir(dir string) error
func Chmod(name string, mode FileMode) error
func Chown(name string, uid, gid int) error
func Chtimes(name string, atime time.Time, mtime time.Time) error
func Getwd() (dir string, err error)
func IsPathSeparator(c uint8) bool
func Lchown(name string, uid, gid int) error
func Link(oldname, newname string) error
func Lstat(name string) (FileInfo, error)
func Mkdir(name string, perm FileMode) error
func MkdirAll(path string, perm FileMode) error
func MkdirTemp(dir, pattern string) (string, error)
func ReadDir(name string) ([]DirEntry, error)
func ReadFile(name string) ([]byte, error)
func Readlink(name string) (string, error)
func Remove(name string) error
func RemoveAll(path string) error
func Rename(oldpath, newpath string) error
func SameFile(fi1, fi2 FileInfo) bool
func Stat(name string) (FileInfo, error)
func Symlink(oldname, newname string) error
func TempDir() string
func Truncate(name string, size int64) error
func WriteFile(name string, data []byte, perm FileMode) error
