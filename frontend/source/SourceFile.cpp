// SourceFile.cpp — line tables and UTF-8 validation for Go source text.
#include "frontend/source/SourceFile.h"

#include <algorithm>

namespace gopp {

SourceFile::SourceFile(uint32_t id, std::string path, std::string text)
    : id_(id), path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n')
      lineStarts_.push_back(i + 1);
}

Pos SourceFile::posOf(uint32_t offset) const {
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - lineStarts_.begin()); // 1-based
  uint32_t col = offset - lineStarts_[line - 1] + 1;
  return Pos{id_, line, col};
}

std::optional<uint32_t> SourceFile::firstInvalidUtf8() const {
  const auto *s = reinterpret_cast<const unsigned char *>(text_.data());
  size_t n = text_.size(), i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t cp, min;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return static_cast<uint32_t>(i);
    }
    if (i + len > n)
      return static_cast<uint32_t>(i);
    for (size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80)
        return static_cast<uint32_t>(i);
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return static_cast<uint32_t>(i);
    i += len;
  }
  return std::nullopt;
}

SourceFile &SourceManager::add(std::string path, std::string text) {
  auto id = static_cast<uint32_t>(files_.size());
  files_.push_back(std::make_unique<SourceFile>(id, std::move(path), std::move(text)));
  return *files_.back();
}

} // namespace gopp
