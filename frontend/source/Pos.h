// Pos.h — a position in Go source: file, line and column.
//
// Lines and columns are 1-based; columns count bytes from the start of the
// line, as gc and go/token do, so positions agree with Go's tools even on
// lines with non-ASCII text. A zero line means "no position".
#pragma once

#include <cstdint>

namespace gopp {

struct Pos {
  uint32_t file = 0; // index in the SourceManager
  uint32_t line = 0;
  uint32_t col = 0;

  bool isValid() const { return line != 0; }
  friend bool operator==(const Pos &a, const Pos &b) {
    return a.file == b.file && a.line == b.line && a.col == b.col;
  }
  friend bool operator!=(const Pos &a, const Pos &b) { return !(a == b); }
  friend bool operator<(const Pos &a, const Pos &b) {
    if (a.file != b.file)
      return a.file < b.file;
    return a.line != b.line ? a.line < b.line : a.col < b.col;
  }
};

} // namespace gopp
