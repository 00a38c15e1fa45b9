// The API of package os as gopp provides it (Go 1.22 level): the process,
// its environment and errors. Declarations only: bodyless functions and
// methods are implemented in C++ by gopp's runtime and standard library.

package os

// Args holds the command-line arguments, starting with the program name.
var Args []string

// Exit ends the program at once with the given status; deferred calls do not run.
func Exit(code int)

// The environment.

func Clearenv()
func Environ() []string
func Expand(s string, mapping func(string) string) string
func ExpandEnv(s string) string
func Getenv(key string) string
func LookupEnv(key string) (string, bool)
func Setenv(key, value string) error
func Unsetenv(key string) error

// The process and its user.

func Executable() (string, error)
func Getegid() int
func Geteuid() int
func Getgid() int
func Getgroups() ([]int, error)
func Getpagesize() int
func Getpid() int
func Getppid() int
func Getuid() int
func Hostname() (name string, err error)
func UserCacheDir() (string, error)
func UserConfigDir() (string, error)
func UserHomeDir() (string, error)

// Errors. Test for them with errors.Is, or with the Is* functions below.
var (
	ErrInvalid          error // invalid argument
	ErrPermission       error // permission denied
	ErrExist            error // file already exists
	ErrNotExist         error // file does not exist
	ErrClosed           error // file already closed
	ErrNoDeadline       error // file type does not support deadline
	ErrDeadlineExceeded error // i/o timeout
)

func IsExist(err error) bool
func IsNotExist(err error) bool
func IsPermission(err error) bool
func IsTimeout(err error) bool

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string
func (e *PathError) Timeout() bool
func (e *PathError) Unwrap() error

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error

// SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string
func (e *SyscallError) Timeout() bool
func (e *SyscallError) Unwrap() error

// NewSyscallError returns a *SyscallError, or nil if err is nil.
func NewSyscallError(syscall string, err error) error
