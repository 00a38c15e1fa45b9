// reader_state.cpp — strings.Reader's and bytes.Reader's shared methods
// (see reader_state.h), step for step as Go's reader.go files.
#include "io/reader_state.h"

#include <string>

#include "errors/errors.h"
#include "io/io.h"
#include "unicode/utf8/utf8.h"

namespace pkg::io::detail {

go::Iface ReaderState::error(const char *what) const {
  return errors::New(go::makeString(std::string(type) + "." + what));
}

std::tuple<int64_t, go::Iface> ReaderState::read(go::Slice<uint8_t> b) {
  if (i >= n)
    return {0, EOF_};
  prevRune = -1;
  int64_t m = go::copy(b, go::String(p + i, n - i));
  i += m;
  return {m, go::Iface()};
}

std::tuple<int64_t, go::Iface> ReaderState::readAt(go::Slice<uint8_t> b, int64_t off) {
  if (off < 0)
    return {0, error("ReadAt: negative offset")};
  if (off >= n)
    return {0, EOF_};
  int64_t m = go::copy(b, go::String(p + off, n - off));
  return {m, m < b.len() ? EOF_ : go::Iface()};
}

std::tuple<uint8_t, go::Iface> ReaderState::readByte() {
  prevRune = -1;
  if (i >= n)
    return {0, EOF_};
  return {p[i++], go::Iface()};
}

go::Iface ReaderState::unreadByte() {
  if (i <= 0)
    return error((std::string("UnreadByte: at beginning of ") + noun).c_str());
  prevRune = -1;
  i--;
  return go::Iface();
}

std::tuple<int32_t, int64_t, go::Iface> ReaderState::readRune() {
  if (i >= n) {
    prevRune = -1;
    return {0, 0, EOF_};
  }
  prevRune = i;
  if (uint8_t c = p[i]; c < 0x80) {
    i++;
    return {c, 1, go::Iface()};
  }
  int64_t size;
  int32_t ch = unicode::utf8::detail::decode(p + i, n - i, &size);
  i += size;
  return {ch, size, go::Iface()};
}

go::Iface ReaderState::unreadRune() {
  if (i <= 0)
    return error((std::string("UnreadRune: at beginning of ") + noun).c_str());
  if (prevRune < 0)
    return error("UnreadRune: previous operation was not ReadRune");
  i = prevRune;
  prevRune = -1;
  return go::Iface();
}

std::tuple<int64_t, go::Iface> ReaderState::seek(int64_t offset, int64_t whence) {
  prevRune = -1;
  int64_t abs;
  switch (whence) {
  case 0: // io.SeekStart
    abs = offset;
    break;
  case 1: // io.SeekCurrent
    abs = i + offset;
    break;
  case 2: // io.SeekEnd
    abs = n + offset;
    break;
  default:
    return {0, error("Seek: invalid whence")};
  }
  if (abs < 0)
    return {0, error("Seek: negative position")};
  i = abs;
  return {abs, go::Iface()};
}

} // namespace pkg::io::detail
