// testutil.h — helpers shared by the stdlib_pkgs tests: io.Reader and
// io.Writer values built from *strings.Reader and *strings.Builder, with
// the method tables codegen would emit for those types.
#pragma once

#include <string>

#include "strings/strings.h"

namespace testutil {

inline std::string S(go::String s) { return std::string(s.view()); }
inline std::string errText(go::Iface e) { return e.isNil() ? "<nil>" : S(pkg::errors::detail::callError(e)); }

using RW = std::tuple<int64_t, go::Iface>;
inline RW readerRead(void *r, go::Slice<uint8_t> p) { return pkg::strings::Reader_Read(static_cast<pkg::strings::Reader *>(r), p); }
inline RW readerWriteTo(void *r, go::Iface w) { return pkg::strings::Reader_WriteTo(static_cast<pkg::strings::Reader *>(r), w); }
inline RW builderWrite(void *b, go::Slice<uint8_t> p) { return pkg::strings::Builder_Write(static_cast<pkg::strings::Builder *>(b), p); }
inline RW builderWriteString(void *b, go::String s) {
  return pkg::strings::Builder_WriteString(static_cast<pkg::strings::Builder *>(b), s);
}

inline const go::Method readerMethods[] = {
    {go::String("Read"), &pkg::errors::detail::funcReadWrite, reinterpret_cast<void *>(&readerRead)},
    {go::String("WriteTo"), &pkg::io::detail::funcWriteTo, reinterpret_cast<void *>(&readerWriteTo)}};
inline const go::Type readerPtrType =
    pkg::errors::detail::pointerType(&readerPtrType, "*strings.Reader", nullptr, readerMethods, 2);
inline const go::Itab readerItab = {&readerPtrType, {reinterpret_cast<void *>(&readerRead)}};

inline const go::Method builderMethods[] = {
    {go::String("Write"), &pkg::errors::detail::funcReadWrite, reinterpret_cast<void *>(&builderWrite)},
    {go::String("WriteString"), &pkg::errors::detail::funcWriteString, reinterpret_cast<void *>(&builderWriteString)}};
inline const go::Type builderPtrType =
    pkg::errors::detail::pointerType(&builderPtrType, "*strings.Builder", nullptr, builderMethods, 2);
inline const go::Itab builderItab = {&builderPtrType, {reinterpret_cast<void *>(&builderWrite)}};

// strings.NewReader(s) as an io.Reader.
inline go::Iface reader(go::String s) { return go::Iface(&readerItab, pkg::strings::NewReader(s)); }
// b as an io.Writer.
inline go::Iface writer(pkg::strings::Builder *b) { return go::Iface(&builderItab, b); }

} // namespace testutil
