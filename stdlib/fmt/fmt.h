// fmt.h — package fmt (docs/abi.md): formatted printing and scanning.
//
// Invariants and why:
//  - Output is byte for byte what Go's fmt prints for the same operands:
//    the verbs, flags, widths, precisions and argument indexes of
//    doc.go, the %!verb(type=value) error forms, Print's and Println's
//    spacing, and nested values walked through their go::Type
//    descriptors (printer.h explains the walk).
//  - Print, Printf and Println write to file descriptor 1 with one
//    write(2) per call, unbuffered as Go's os.Stdout is.
//  - Interfaces of this package are go::Iface values. A fmt.State given to
//    a Formatter is a go::Iface whose dynamic type is *fmt.pp (unexported;
//    its descriptor lives in printer.h's detail namespace).
#pragma once

#include <tuple>

#include "gopp/go.h"

namespace pkg::fmt {

using Stringer = go::Iface;
using GoStringer = go::Iface;
using State = go::Iface;
using Formatter = go::Iface;
using ScanState = go::Iface;
using Scanner = go::Iface;

go::String FormatString(go::Iface state, int32_t verb);

std::tuple<int64_t, go::Iface> Print(go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Printf(go::String format, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Println(go::Slice<go::Iface> a);

std::tuple<int64_t, go::Iface> Fprint(go::Iface w, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Fprintf(go::Iface w, go::String format, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Fprintln(go::Iface w, go::Slice<go::Iface> a);

go::String Sprint(go::Slice<go::Iface> a);
go::String Sprintf(go::String format, go::Slice<go::Iface> a);
go::String Sprintln(go::Slice<go::Iface> a);

go::Slice<uint8_t> Append(go::Slice<uint8_t> b, go::Slice<go::Iface> a);
go::Slice<uint8_t> Appendf(go::Slice<uint8_t> b, go::String format, go::Slice<go::Iface> a);
go::Slice<uint8_t> Appendln(go::Slice<uint8_t> b, go::Slice<go::Iface> a);

go::Iface Errorf(go::String format, go::Slice<go::Iface> a);

std::tuple<int64_t, go::Iface> Scan(go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Scanf(go::String format, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Scanln(go::Slice<go::Iface> a);

std::tuple<int64_t, go::Iface> Fscan(go::Iface r, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Fscanf(go::Iface r, go::String format, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Fscanln(go::Iface r, go::Slice<go::Iface> a);

std::tuple<int64_t, go::Iface> Sscan(go::String str, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Sscanf(go::String str, go::String format, go::Slice<go::Iface> a);
std::tuple<int64_t, go::Iface> Sscanln(go::String str, go::Slice<go::Iface> a);

} // namespace pkg::fmt
