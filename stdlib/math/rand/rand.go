// The API of package math/rand as gopp provides it (Go 1.22 level).
// Declarations only: bodyless functions and methods are implemented in C++
// by gopp's standard library. NormFloat64, ExpFloat64 and Zipf are
// declared but not provided yet.

package rand

// A Source is a source of uniformly distributed non-negative int64 values.
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uint64 values directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a new generator seeded with seed; it is not safe for
// concurrent use.
func NewSource(seed int64) Source

// A Rand is a source of random numbers.
type Rand struct {
	src     Source
	s64     Source64
	readVal int64
	readPos int8
}

func New(src Source) *Rand

func (r *Rand) Seed(seed int64)
func (r *Rand) Int63() int64
func (r *Rand) Uint32() uint32
func (r *Rand) Uint64() uint64
func (r *Rand) Int31() int32
func (r *Rand) Int() int
func (r *Rand) Int63n(n int64) int64
func (r *Rand) Int31n(n int32) int32
func (r *Rand) Intn(n int) int
func (r *Rand) Float64() float64
func (r *Rand) Float32() float32
func (r *Rand) Perm(n int) []int
func (r *Rand) Shuffle(n int, swap func(i, j int))
func (r *Rand) Read(p []byte) (n int, err error)
func (r *Rand) NormFloat64() float64
func (r *Rand) ExpFloat64() float64

// The top-level functions share one generator, safe for concurrent use.

func Seed(seed int64)
func Int63() int64
func Uint32() uint32
func Uint64() uint64
func Int31() int32
func Int() int
func Int63n(n int64) int64
func Int31n(n int32) int32
func Intn(n int) int
func Float64() float64
func Float32() float32
func Perm(n int) []int
func Shuffle(n int, swap func(i, j int))
func Read(p []byte) (n int, err error)
func NormFloat64() float64
func ExpFloat64() float64

// A Zipf generates Zipf distributed variates.
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf
func (z *Zipf) Uint64() uint64
