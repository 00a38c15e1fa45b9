// CodePointMap.h — from ANTLR's code-point indices to byte positions.
//
// ANTLR's input stream indexes the decoded code points; Go positions are
// byte columns. For an ASCII file the two agree and the map is empty; for
// other files it holds the byte offset of every code point (plus one entry
// for the end of input).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "frontend/source/SourceFile.h"

namespace gopp::syntax {

class CodePointMap {
public:
  explicit CodePointMap(const SourceFile &file) : file_(file) {
    const std::string &t = file.text();
    bool ascii = true;
    for (unsigned char c : t)
      if (c >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii)
      return;
    offsets_.reserve(t.size() + 1);
    for (uint32_t i = 0; i < t.size(); ++i)
      if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80)
        offsets_.push_back(i);
    offsets_.push_back(static_cast<uint32_t>(t.size()));
  }

  uint32_t byteOffset(size_t codePointIndex) const {
    if (offsets_.empty())
      return static_cast<uint32_t>(codePointIndex);
    return codePointIndex < offsets_.size() ? offsets_[codePointIndex] : offsets_.back();
  }

  Pos pos(size_t codePointIndex) const { return file_.posOf(byteOffset(codePointIndex)); }

  // The source bytes of the code points [start, stop] (a token's range):
  // a view into the file, with no copy and no re-encoding.
  std::string_view text(size_t start, size_t stop) const {
    uint32_t b = byteOffset(start), e = byteOffset(stop + 1);
    return std::string_view(file_.text()).substr(b, e - b);
  }
  const SourceFile &file() const { return file_; }

private:
  const SourceFile &file_;
  std::vector<uint32_t> offsets_; // empty for ASCII text
};

} // namespace gopp::syntax
