// sort.h — package sort as docs/abi.md maps it, and the descriptor of
// the unexported *sort.reverse that Reverse boxes.
//
// Invariants: a sort.Interface value is called through its itab with the
// interface's methods sorted by name: fn[0] Len, fn[1] Less, fn[2] Swap.
#pragma once

#include "errors/errors.h"

namespace pkg::sort {

using Interface = go::Iface;
using IntSlice = go::Slice<int64_t>;
using Float64Slice = go::Slice<double>;
using StringSlice = go::Slice<go::String>;

void Sort(Interface data);
void Stable(Interface data);
bool IsSorted(Interface data);
Interface Reverse(Interface data);

void Slice(go::Iface x, go::Func<bool(int64_t, int64_t)> less);
void SliceStable(go::Iface x, go::Func<bool(int64_t, int64_t)> less);
bool SliceIsSorted(go::Iface x, go::Func<bool(int64_t, int64_t)> less);

int64_t Search(int64_t n, go::Func<bool(int64_t)> f);
std::tuple<int64_t, bool> Find(int64_t n, go::Func<int64_t(int64_t)> cmp);

void Ints(go::Slice<int64_t> x);
void Float64s(go::Slice<double> x);
void Strings(go::Slice<go::String> x);
bool IntsAreSorted(go::Slice<int64_t> x);
bool Float64sAreSorted(go::Slice<double> x);
bool StringsAreSorted(go::Slice<go::String> x);
int64_t SearchInts(go::Slice<int64_t> a, int64_t x);
int64_t SearchFloat64s(go::Slice<double> a, double x);
int64_t SearchStrings(go::Slice<go::String> a, go::String x);

int64_t IntSlice_Len(IntSlice x);
bool IntSlice_Less(IntSlice x, int64_t i, int64_t j);
void IntSlice_Swap(IntSlice x, int64_t i, int64_t j);
void IntSlice_Sort(IntSlice x);
int64_t IntSlice_Search(IntSlice p, int64_t x);

int64_t Float64Slice_Len(Float64Slice x);
bool Float64Slice_Less(Float64Slice x, int64_t i, int64_t j);
void Float64Slice_Swap(Float64Slice x, int64_t i, int64_t j);
void Float64Slice_Sort(Float64Slice x);
int64_t Float64Slice_Search(Float64Slice p, double x);

int64_t StringSlice_Len(StringSlice x);
bool StringSlice_Less(StringSlice x, int64_t i, int64_t j);
void StringSlice_Swap(StringSlice x, int64_t i, int64_t j);
void StringSlice_Sort(StringSlice x);
int64_t StringSlice_Search(StringSlice p, go::String x);

namespace detail {
// type reverse struct{ Interface }
struct reverse {
  Interface Interface_;
};
int64_t reverse_Len(void *r);
bool reverse_Less(void *r, int64_t i, int64_t j);
void reverse_Swap(void *r, int64_t i, int64_t j);
inline const go::Type *const outInt[] = {&go::intType};
inline const go::Type *const inIntInt[] = {&go::intType, &go::intType};
inline const go::Type *const outBool[] = {&go::boolType};
inline const go::Type funcLen = errors::detail::funcType(&funcLen, "func() int", nullptr, 0, outInt, 1);
inline const go::Type funcLess = errors::detail::funcType(&funcLess, "func(int, int) bool", inIntInt, 2, outBool, 1);
inline const go::Type funcSwap = errors::detail::funcType(&funcSwap, "func(int, int)", inIntInt, 2, nullptr, 0);
inline const go::Type reverseType =
    errors::detail::structType(&reverseType, "sort.reverse", "sort", sizeof(reverse), nullptr, nullptr, 0);
inline const go::Method reversePtrMethods[] = {
    {go::String("Len"), &funcLen, reinterpret_cast<void *>(&reverse_Len)},
    {go::String("Less"), &funcLess, reinterpret_cast<void *>(&reverse_Less)},
    {go::String("Swap"), &funcSwap, reinterpret_cast<void *>(&reverse_Swap)}};
inline const go::Type reversePtrType =
    errors::detail::pointerType(&reversePtrType, "*sort.reverse", &reverseType, reversePtrMethods, 3);
inline const errors::detail::ItabN<3> reverseInterfaceItab = {
    &reversePtrType,
    {reinterpret_cast<void *>(&reverse_Len), reinterpret_cast<void *>(&reverse_Less),
     reinterpret_cast<void *>(&reverse_Swap)}};
} // namespace detail

} // namespace pkg::sort
