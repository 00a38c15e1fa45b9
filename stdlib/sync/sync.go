// The API of package sync as gopp provides it (Go 1.23 level).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's runtime. The unexported fields give each type Go's zero value
// and comparability; none of these types may be copied after first use.

package sync

// Locker is anything that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// Mutex is a mutual exclusion lock; the zero value is unlocked.
type Mutex struct {
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// RWMutex is a reader/writer lock; the zero value is unlocked.
type RWMutex struct {
	w           Mutex  // held by a pending writer
	writerSem   uint32 // writers wait here for readers to leave
	readerSem   uint32 // readers wait here for the writer to leave
	readerCount int32  // readers holding or waiting for the lock
	readerWait  int32  // readers a waiting writer still waits for
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RLocker() Locker
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) Unlock()

// Once runs one function once.
type Once struct {
	done uint32
	m    Mutex
}

func (o *Once) Do(f func())

// WaitGroup waits for a number of goroutines to call Done.
type WaitGroup struct {
	state uint64 // the counter in the high 32 bits, waiters in the low 32
	sema  uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

// Cond is a condition variable; L is held while the condition is checked or changed.
type Cond struct {
	L       Locker
	notify  notifyList
	checker uintptr // the Cond's own address once used: a copy fails the check
}

// notifyList is the runtime's ticket-based list of a Cond's waiters.
type notifyList struct {
	wait   uint32  // the next ticket
	notify uint32  // the next ticket to wake
	lock   uint32  // the runtime's lock on the list
	head   uintptr // the waiters
	tail   uintptr
}

func NewCond(l Locker) *Cond

func (c *Cond) Broadcast()
func (c *Cond) Signal()
func (c *Cond) Wait()

// Map is a map safe for concurrent use, with keys and values of type any;
// the zero value is empty.
type Map struct {
	lock uint32      // the runtime's lock on m
	m    map[any]any // created by the first store
}

func (m *Map) Clear()
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) Delete(key any)
func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Store(key, value any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)

// Pool is a cache of reusable objects; Get calls New (if set) when the
// pool is empty.
type Pool struct {
	local     *poolLocal // per-P caches: an array of localSize, indexed by P
	localSize uintptr

	New func() any
}

// poolLocal is one P's part of a Pool.
type poolLocal struct {
	private       any    // used by the owning P only
	victimPrivate any    // private as of the previous GC cycle
	privateGen    uint64 // the GC cycle private belongs to
	lock          uint32 // the runtime's lock on the fields below
	sharedGen     uint64 // the GC cycle shared belongs to
	shared        []any  // any P may take from here
	victimShared  []any
}

func (p *Pool) Get() any
func (p *Pool) Put(x any)
