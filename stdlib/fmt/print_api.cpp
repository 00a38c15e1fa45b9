// print_api.cpp — the exported printing functions: Print*, Sprint*,
// Fprint*, Append*.
//
// Invariants and why:
//  - Each call formats into a fresh Printer, then delivers the bytes in
//    one piece: one write(2) loop on fd 1 for Print* (Go's os.Stdout is an
//    unbuffered file), one Write call on the io.Writer for Fprint*.
//  - An io.Writer is an interface with one method, so Write is itab slot
//    0; it returns (n int, err error) as a std::tuple.
#include <cerrno>
#include <cstring>
#include <unistd.h>

#include "fmt/printer.h"
#include "errors/errors.h"

namespace pkg::fmt {
namespace {

using detail::Printer;

std::tuple<int64_t, go::Iface> writeStdout(const std::string &s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = ::write(1, s.data() + done, s.size() - done);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      std::string msg = "write /dev/stdout: ";
      msg += std::strerror(errno);
      return {int64_t(done), pkg::errors::New(detail::toGo(msg))};
    }
    done += size_t(n);
  }
  return {int64_t(done), go::Iface()};
}

std::tuple<int64_t, go::Iface> writeTo(go::Iface w, const std::string &s) {
  auto bytes = go::makeSlice<uint8_t>(int64_t(s.size()));
  if (!s.empty())
    std::memcpy(bytes.p, s.data(), s.size());
  using WriteFn = std::tuple<int64_t, go::Iface> (*)(void *, go::Slice<uint8_t>);
  return go::method<WriteFn>(w, 0)(w.data, bytes);
}

go::Slice<uint8_t> appendTo(go::Slice<uint8_t> b, const std::string &s) {
  return go::appendString(b, go::String(s.data(), int64_t(s.size())));
}

} // namespace

std::tuple<int64_t, go::Iface> Print(go::Slice<go::Iface> a) {
  Printer p;
  p.doPrint(a);
  return writeStdout(p.buf);
}
std::tuple<int64_t, go::Iface> Printf(go::String format, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintf(format.view(), a);
  return writeStdout(p.buf);
}
std::tuple<int64_t, go::Iface> Println(go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintln(a);
  return writeStdout(p.buf);
}

std::tuple<int64_t, go::Iface> Fprint(go::Iface w, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrint(a);
  return writeTo(w, p.buf);
}
std::tuple<int64_t, go::Iface> Fprintf(go::Iface w, go::String format, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintf(format.view(), a);
  return writeTo(w, p.buf);
}
std::tuple<int64_t, go::Iface> Fprintln(go::Iface w, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintln(a);
  return writeTo(w, p.buf);
}

go::String Sprint(go::Slice<go::Iface> a) {
  Printer p;
  p.doPrint(a);
  return detail::toGo(p.buf);
}
go::String Sprintf(go::String format, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintf(format.view(), a);
  return detail::toGo(p.buf);
}
go::String Sprintln(go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintln(a);
  return detail::toGo(p.buf);
}

go::Slice<uint8_t> Append(go::Slice<uint8_t> b, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrint(a);
  return appendTo(b, p.buf);
}
go::Slice<uint8_t> Appendf(go::Slice<uint8_t> b, go::String format, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintf(format.view(), a);
  return appendTo(b, p.buf);
}
go::Slice<uint8_t> Appendln(go::Slice<uint8_t> b, go::Slice<go::Iface> a) {
  Printer p;
  p.doPrintln(a);
  return appendTo(b, p.buf);
}

} // namespace pkg::fmt
