// SourceFile.h — the text of one Go source file and its line table.
//
// A SourceFile owns the bytes it was read from. Offsets are byte offsets;
// lineCol() maps an offset to a 1-based line and byte column by binary
// search over the line starts. The SourceManager owns every file read in a
// run and gives each a small id, which Pos carries.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontend/source/Pos.h"

namespace gopp {

// Where a position is presented, after line directives: file name, line,
// and column (0 when a directive left the column unknown).
struct PresentedPos {
  std::string file;
  uint32_t line = 0;
  uint32_t col = 0;
};

class SourceFile {
public:
  SourceFile(uint32_t id, std::string path, std::string text);

  uint32_t id() const { return id_; }
  const std::string &path() const { return path_; }
  const std::string &text() const { return text_; }

  // The position of byte `offset` (0 <= offset <= text().size()).
  Pos posOf(uint32_t offset) const;

  // The position as gc reports it, following line directives:
  //   //line filename:line[:col]   at the start of a line, for the next line
  //   /*line filename:line[:col]*/ anywhere, for what follows the comment
  // ("line" then a space, and at least one colon). Without a column, the
  // column is unknown until the next directive; without a file name, the
  // name is empty, or with a column the previous one. The directives are
  // found in the text itself (a directive-like line inside a multi-line
  // raw string would count too; gc's scanner would not).
  PresentedPos present(Pos p) const;

  // The byte offset of the first byte that is not valid UTF-8, if any.
  std::optional<uint32_t> firstInvalidUtf8() const;

private:
  uint32_t id_;
  std::string path_;
  std::string text_;
  std::vector<uint32_t> lineStarts_; // byte offset of each line's first byte

  struct LineDirective {
    Pos at;             // where it takes effect (physical)
    std::string file;   // as presented
    uint32_t line, col; // col 0: unknown
  };
  std::vector<LineDirective> directives_; // in text order
  void findLineDirectives();
};

class SourceManager {
public:
  // Takes ownership of `text`, read from `path`.
  SourceFile &add(std::string path, std::string text);
  const SourceFile &file(uint32_t id) const { return *files_.at(id); }
  size_t size() const { return files_.size(); }

private:
  std::vector<std::unique_ptr<SourceFile>> files_;
};

} // namespace gopp
