// reader_state.h — the reading position that strings.Reader and
// bytes.Reader share: their Read, ReadAt, ReadByte, UnreadByte, ReadRune,
// UnreadRune and Seek differ only in the type of their bytes and in the
// names their errors give ("strings.Reader ... of string", "bytes.Reader
// ... of slice"), so both run these.
//
// Invariants: i is the next byte to read (it may lie beyond n after a
// Seek); prevRune is the index of the rune the last ReadRune returned,
// or -1 after any other operation, so UnreadRune works only right after
// ReadRune. Errors are new values each time, as Go's errors.New calls.
#pragma once

#include "gopp/go.h"

namespace pkg::io::detail {

struct ReaderState {
  const uint8_t *p;  // the bytes read
  int64_t n;         // how many
  int64_t &i;        // the reader's index
  int64_t &prevRune; // the reader's previous-rune index
  const char *type;  // "strings.Reader" or "bytes.Reader"
  const char *noun;  // "string" or "slice"

  std::tuple<int64_t, go::Iface> read(go::Slice<uint8_t> b);
  std::tuple<int64_t, go::Iface> readAt(go::Slice<uint8_t> b, int64_t off);
  std::tuple<uint8_t, go::Iface> readByte();
  go::Iface unreadByte();
  std::tuple<int32_t, int64_t, go::Iface> readRune();
  go::Iface unreadRune();
  std::tuple<int64_t, go::Iface> seek(int64_t offset, int64_t whence);
  // "<type>.<what>": a new error.
  go::Iface error(const char *what) const;
};

} // namespace pkg::io::detail
