// The API of package runtime as gopp provides it (Go 1.22 level): the
// commonly used part (see stdlib/README.md for what is left out).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's runtime. GOOS and GOARCH describe the target gopp builds for.

package runtime

const (
	Compiler        = "gc" // what Go's toolchain reports; kept for compatibility
	GOOS     string = "linux"
	GOARCH   string = "amd64"
)

// Version is the Go version whose semantics gopp implements, such as "go1.22".
func Version() string
func GOROOT() string

// Goroutines and scheduling.

func Gosched()
func Goexit()
func GOMAXPROCS(n int) int
func NumCPU() int
func NumGoroutine() int
func NumCgoCall() int64
func LockOSThread()
func UnlockOSThread()
func Breakpoint()

// Memory.

// MemProfileRate is the sampling rate of the memory profiler, in bytes.
var MemProfileRate int = 512 * 1024

func GC()
func KeepAlive(x any)
func SetFinalizer(obj any, finalizer any)
func ReadMemStats(m *MemStats)

// MemStats is a snapshot of the memory allocator's statistics.
type MemStats struct {
	// General.
	Alloc      uint64
	TotalAlloc uint64
	Sys        uint64
	Lookups    uint64
	Mallocs    uint64
	Frees      uint64

	// Heap.
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64

	// Stacks and off-heap structures.
	StackInuse  uint64
	StackSys    uint64
	MSpanInuse  uint64
	MSpanSys    uint64
	MCacheInuse uint64
	MCacheSys   uint64
	BuckHashSys uint64
	GCSys       uint64
	OtherSys    uint64

	// Garbage collector.
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool

	// Allocations by size class.
	BySize [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// Stacks and callers.

// Stack writes the calling goroutine's stack trace (every goroutine's if
// all) into buf and returns the bytes written.
func Stack(buf []byte, all bool) int

// Caller reports the program counter, file and line of the caller skip
// frames up; ok is false if there is none.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Callers(skip int, pc []uintptr) int
func CallersFrames(callers []uintptr) *Frames
func FuncForPC(pc uintptr) *Func

// Frames iterates over the frames of a Callers result.
type Frames struct {
	callers []uintptr
	frames  []Frame
}

func (ci *Frames) Next() (frame Frame, more bool)

// Frame is one frame of a call stack.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
	funcID   uintptr
}

// Func describes a function of the program.
type Func struct {
	opaque struct{}
}

func (f *Func) Entry() uintptr
func (f *Func) FileLine(pc uintptr) (file string, line int)
func (f *Func) Name() string

// Errors.

// Error is the interface of run-time panics (index out of range, nil map
// write, failed type assertion, ...).
type Error interface {
	error
	RuntimeError()
}

// TypeAssertionError is the panic value of a failed type assertion.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string // the method the concrete type lacks, if any
}

// _type is a type's run-time descriptor.
type _type struct {
	opaque struct{}
}

func (*TypeAssertionError) RuntimeError()
func (e *TypeAssertionError) Error() string

// PanicNilError is the value recovered after panic(nil).
type PanicNilError struct {
	_ [0]*PanicNilError // keeps the type distinct from every other struct type
}

func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()

// MemProfileRecord describes the live objects allocated at one call stack.
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

func (r *MemProfileRecord) InUseBytes() int64
func (r *MemProfileRecord) InUseObjects() int64
func (r *MemProfileRecord) Stack() []uintptr

// MemProfile fills p with the memory profile; gopp's profile is empty.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

// Execution tracing (runtime/trace builds on these).

func StartTrace() error
func StopTrace()
func ReadTrace() []byte
