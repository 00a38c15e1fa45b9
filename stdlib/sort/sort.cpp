// sort.cpp — package sort's entry points: sort.Interface values called
// through their itabs, slices in `any` swapped bytewise, and the typed
// helpers (Ints, Float64s, Strings and the *Slice types), all on the
// algorithms of pdqsort.h.
//
// Invariants: Float64 order puts NaNs first (Less is x[i] < x[j] ||
// (isNaN(x[i]) && !isNaN(x[j]))); searches are Go's binary search, which
// calls f only with indices in [0, n).
#include "sort/sort.h"

#include <utility>

#include "sort/pdqsort.h"

namespace pkg::sort {

namespace {
// sort.Interface through its itab: fn[0] Len, fn[1] Less, fn[2] Swap.
struct IfaceData {
  go::Iface x;
  int64_t len() { return go::method<int64_t (*)(void *)>(x, 0)(x.data); }
  bool less(int64_t i, int64_t j) { return reinterpret_cast<bool (*)(void *, int64_t, int64_t)>(x.tab->fn[1])(x.data, i, j); }
  void swap(int64_t i, int64_t j) { reinterpret_cast<void (*)(void *, int64_t, int64_t)>(x.tab->fn[2])(x.data, i, j); }
};

// A slice held in an `any`, with a less function.
struct FuncData {
  go::Func<bool(int64_t, int64_t)> lessFn;
  uint8_t *p;
  size_t size;
  uint8_t tmp[64];
  uint8_t *buf;
  bool less(int64_t i, int64_t j) { return lessFn(i, j); }
  void swap(int64_t i, int64_t j) {
    uint8_t *a = p + size_t(i) * size, *b = p + size_t(j) * size;
    uint8_t *t = size <= sizeof tmp ? tmp : buf;
    std::memcpy(t, a, size);
    std::memmove(a, b, size);
    std::memcpy(b, t, size);
  }
};

[[noreturn]] void panicText(go::String msg) { go::gopanic(go::box(&go::stringType, msg)); }

go::String kindName(go::Kind k) {
  static const char *const names[] = {"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
                                      "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
                                      "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice",
                                      "string", "struct", "unsafe.Pointer"};
  const char *s = names[int(k)];
  return go::String(s, int64_t(std::strlen(s)));
}

FuncData funcData(go::Iface x, go::Func<bool(int64_t, int64_t)> less, int64_t *n) {
  const go::Type *t = x.type();
  if (!t || t->kind != go::Kind::Slice)
    panicText(go::concat({"reflect: call of Swapper on ", t ? kindName(t->kind) : go::String("zero"), " Value"}));
  auto *s = static_cast<go::Slice<uint8_t> *>(x.data);
  FuncData d{less, s->p, t->elem->size, {}, nullptr};
  d.buf = d.size <= sizeof d.tmp ? nullptr : static_cast<uint8_t *>(go::alloc(d.size));
  *n = s->len();
  return d;
}

template <class T, class Less> struct TypedData {
  T *p;
  Less lt;
  bool less(int64_t i, int64_t j) { return lt(p[i], p[j]); }
  void swap(int64_t i, int64_t j) { std::swap(p[i], p[j]); }
};
template <class T, class Less> TypedData<T, Less> typed(go::Slice<T> x, Less lt) { return {x.p, lt}; }

bool isNaN(double f) { return f != f; }
auto intLess = [](int64_t a, int64_t b) { return a < b; };
auto floatLess = [](double a, double b) { return a < b || (isNaN(a) && !isNaN(b)); };
auto stringLess = [](const go::String &a, const go::String &b) { return a < b; };
} // namespace

void Sort(Interface data) {
  IfaceData d{data};
  detail::sortData(d, d.len());
}
void Stable(Interface data) {
  IfaceData d{data};
  detail::stableData(d, d.len());
}
bool IsSorted(Interface data) {
  IfaceData d{data};
  return detail::isSortedData(d, d.len());
}

namespace detail {
int64_t reverse_Len(void *r) { return IfaceData{static_cast<reverse *>(r)->Interface_}.len(); }
bool reverse_Less(void *r, int64_t i, int64_t j) { return IfaceData{static_cast<reverse *>(r)->Interface_}.less(j, i); }
void reverse_Swap(void *r, int64_t i, int64_t j) { IfaceData{static_cast<reverse *>(r)->Interface_}.swap(i, j); }
} // namespace detail

Interface Reverse(Interface data) {
  auto *r = go::newObject<detail::reverse>();
  r->Interface_ = data;
  return go::Iface(detail::reverseInterfaceItab.get(), r);
}

void Slice(go::Iface x, go::Func<bool(int64_t, int64_t)> less) {
  int64_t n;
  FuncData d = funcData(x, less, &n);
  detail::sortData(d, n);
}
void SliceStable(go::Iface x, go::Func<bool(int64_t, int64_t)> less) {
  int64_t n;
  FuncData d = funcData(x, less, &n);
  detail::stableData(d, n);
}
bool SliceIsSorted(go::Iface x, go::Func<bool(int64_t, int64_t)> less) {
  const go::Type *t = x.type();
  if (!t || t->kind != go::Kind::Slice)
    panicText(go::concat({"reflect: call of Slice.Len on ", t ? kindName(t->kind) : go::String("zero"), " Value"}));
  int64_t n = static_cast<go::Slice<uint8_t> *>(x.data)->len();
  for (int64_t i = n - 1; i > 0; i--)
    if (less(i, i - 1))
      return false;
  return true;
}

int64_t Search(int64_t n, go::Func<bool(int64_t)> f) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = int64_t(uint64_t(i + j) >> 1);
    if (!f(h))
      i = h + 1;
    else
      j = h;
  }
  return i;
}
std::tuple<int64_t, bool> Find(int64_t n, go::Func<int64_t(int64_t)> cmp) {
  int64_t i = 0, j = n;
  while (i < j) {
    int64_t h = int64_t(uint64_t(i + j) >> 1);
    if (cmp(h) > 0)
      i = h + 1;
    else
      j = h;
  }
  return {i, i < n && cmp(i) == 0};
}

namespace {
template <class T, class Less> void sortSlice(go::Slice<T> x, Less lt) {
  auto d = typed(x, lt);
  detail::sortData(d, x.len());
}
template <class T, class Less> bool sortedSlice(go::Slice<T> x, Less lt) {
  auto d = typed(x, lt);
  return detail::isSortedData(d, x.len());
}
template <class T> int64_t searchSlice(go::Slice<T> a, const T &x) {
  int64_t i = 0, j = a.len();
  while (i < j) {
    int64_t h = int64_t(uint64_t(i + j) >> 1);
    if (!(a.p[h] >= x))
      i = h + 1;
    else
      j = h;
  }
  return i;
}
} // namespace

void Ints(go::Slice<int64_t> x) { sortSlice(x, intLess); }
void Float64s(go::Slice<double> x) { sortSlice(x, floatLess); }
void Strings(go::Slice<go::String> x) { sortSlice(x, stringLess); }
bool IntsAreSorted(go::Slice<int64_t> x) { return sortedSlice(x, intLess); }
bool Float64sAreSorted(go::Slice<double> x) { return sortedSlice(x, floatLess); }
bool StringsAreSorted(go::Slice<go::String> x) { return sortedSlice(x, stringLess); }
int64_t SearchInts(go::Slice<int64_t> a, int64_t x) { return searchSlice(a, x); }
int64_t SearchFloat64s(go::Slice<double> a, double x) { return searchSlice(a, x); }
int64_t SearchStrings(go::Slice<go::String> a, go::String x) { return searchSlice(a, x); }

int64_t IntSlice_Len(IntSlice x) { return x.len(); }
bool IntSlice_Less(IntSlice x, int64_t i, int64_t j) { return x[i] < x[j]; }
void IntSlice_Swap(IntSlice x, int64_t i, int64_t j) { std::swap(x[i], x[j]); }
void IntSlice_Sort(IntSlice x) { Ints(x); }
int64_t IntSlice_Search(IntSlice p, int64_t x) { return SearchInts(p, x); }

int64_t Float64Slice_Len(Float64Slice x) { return x.len(); }
bool Float64Slice_Less(Float64Slice x, int64_t i, int64_t j) { return floatLess(x[i], x[j]); }
void Float64Slice_Swap(Float64Slice x, int64_t i, int64_t j) { std::swap(x[i], x[j]); }
void Float64Slice_Sort(Float64Slice x) { Float64s(x); }
int64_t Float64Slice_Search(Float64Slice p, double x) { return SearchFloat64s(p, x); }

int64_t StringSlice_Len(StringSlice x) { return x.len(); }
bool StringSlice_Less(StringSlice x, int64_t i, int64_t j) { return x[i] < x[j]; }
void StringSlice_Swap(StringSlice x, int64_t i, int64_t j) { std::swap(x[i], x[j]); }
void StringSlice_Sort(StringSlice x) { Strings(x); }
int64_t StringSlice_Search(StringSlice p, go::String x) { return SearchStrings(p, x); }

} // namespace pkg::sort
