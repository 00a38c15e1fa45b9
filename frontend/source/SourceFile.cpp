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
  if (text_.find("line ") != std::string::npos)
    findLineDirectives();
}

namespace {

// "filename:line[:col]" -> its parts; false if not a line directive.
bool parseDirective(std::string_view text, std::string &file, uint32_t &line, uint32_t &col) {
  auto trailingNumber = [](std::string_view s, size_t &colon, uint32_t &n) {
    colon = s.rfind(':');
    if (colon == std::string_view::npos || colon + 1 == s.size())
      return false;
    n = 0;
    for (size_t i = colon + 1; i < s.size(); ++i) {
      if (s[i] < '0' || s[i] > '9' || n > 100000000)
        return false;
      n = n * 10 + static_cast<uint32_t>(s[i] - '0');
    }
    return true;
  };
  size_t c1;
  uint32_t n1;
  if (!trailingNumber(text, c1, n1))
    return false;
  size_t c2;
  uint32_t n2;
  if (trailingNumber(text.substr(0, c1), c2, n2)) {
    file = std::string(text.substr(0, c2)), line = n2, col = n1;
    return line > 0 && col > 0;
  }
  file = std::string(text.substr(0, c1)), line = n1, col = 0;
  return line > 0;
}

} // namespace

void SourceFile::findLineDirectives() {
  std::string previous = path_; // the most recently recorded file name
  auto record = [&](uint32_t effect, std::string_view text) {
    std::string file;
    uint32_t line, col;
    if (!parseDirective(text, file, line, col))
      return;
    if (file.empty() && col != 0)
      file = previous;
    previous = file;
    directives_.push_back(LineDirective{posOf(effect), file, line, col});
  };
  for (size_t i = text_.find("line "); i != std::string::npos; i = text_.find("line ", i + 1)) {
    if (i >= 2 && text_.compare(i - 2, 2, "//") == 0 && (i == 2 || text_[i - 3] == '\n')) {
      size_t end = text_.find('\n', i);
      if (end == std::string::npos)
        continue; // applies to the next line, and there is none
      record(static_cast<uint32_t>(end + 1), std::string_view(text_).substr(i + 5, end - (i + 5)));
    } else if (i >= 2 && text_.compare(i - 2, 2, "/*") == 0) {
      size_t end = text_.find("*/", i);
      if (end == std::string::npos)
        continue;
      record(static_cast<uint32_t>(end + 2), std::string_view(text_).substr(i + 5, end - (i + 5)));
    }
  }
}

PresentedPos SourceFile::present(Pos p) const {
  const LineDirective *d = nullptr;
  for (const auto &dir : directives_) {
    if (p < dir.at)
      break;
    d = &dir;
  }
  if (!d)
    return PresentedPos{path_, p.line, p.col};
  PresentedPos out{d->file, d->line + (p.line - d->at.line), 0};
  if (d->col != 0)
    out.col = p.line == d->at.line ? d->col + (p.col - d->at.col) : p.col;
  return out;
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
