// scan.cpp — bufio.Scanner and the split functions ScanLines,
// ScanWords, ScanRunes, ScanBytes.
//
// Invariants (Go's): buf[start:end] is read but unconsumed input; the
// buffer starts at 4096 bytes and doubles up to maxTokenSize, beyond
// which Scan fails with ErrTooLong; 100 empty tokens without progress
// panic; io.EOF ends the scan without an error; ErrFinalToken delivers
// its token and stops without error.
#include "bufio/bufio.h"

#include "unicode/unicode.h"
#include "unicode/utf8/utf8.h"

namespace pkg::bufio {

go::Iface ErrTooLong = errors::New("bufio.Scanner: token too long");
go::Iface ErrNegativeAdvance = errors::New("bufio.Scanner: SplitFunc returns negative advance count");
go::Iface ErrAdvanceTooFar = errors::New("bufio.Scanner: SplitFunc returns advance count beyond input");
go::Iface ErrBadReadCount = errors::New("bufio.Scanner: Read returned impossible count");
go::Iface ErrFinalToken = errors::New("final token");

namespace {
using Tok = std::tuple<int64_t, go::Slice<uint8_t>, go::Iface>;
constexpr int64_t maxScanTokenSize = 64 * 1024, startBufSize = 4096, maxConsecutiveEmptyReads = 100;

[[noreturn]] void panicText(const char *msg) {
  go::gopanic(go::box(&go::stringType, go::String(msg, int64_t(std::strlen(msg)))));
}

void setErr(Scanner *s, go::Iface err) {
  if (s->err.isNil() || s->err == io::EOF_)
    s->err = err;
}

bool advance(Scanner *s, int64_t n) {
  if (n < 0) {
    setErr(s, ErrNegativeAdvance);
    return false;
  }
  if (n > s->end - s->start) {
    setErr(s, ErrAdvanceTooFar);
    return false;
  }
  s->start += n;
  return true;
}

bool isSpace(int32_t r) {
  if (r <= 0xFF) {
    switch (r) {
    case ' ': case '\t': case '\n': case '\v': case '\f': case '\r': case 0x85: case 0xA0:
      return true;
    }
    return false;
  }
  if (0x2000 <= r && r <= 0x200a)
    return true;
  switch (r) {
  case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000:
    return true;
  }
  return false;
}

go::Slice<uint8_t> dropCR(go::Slice<uint8_t> data) {
  if (data.len() > 0 && data.p[data.len() - 1] == '\r')
    return go::slice(data, 0, data.len() - 1);
  return data;
}
} // namespace

Scanner *NewScanner(io::Reader r) {
  auto *s = go::newObject<Scanner>();
  s->r = r;
  s->split = SplitFunc([](go::Slice<uint8_t> data, bool atEOF) { return ScanLines(data, atEOF); });
  s->maxTokenSize = maxScanTokenSize;
  return s;
}

go::Iface Scanner_Err(Scanner *s) {
  go::nilcheck(s);
  if (s->err == io::EOF_)
    return go::Iface();
  return s->err;
}
go::Slice<uint8_t> Scanner_Bytes(Scanner *s) { return go::deref(s).token; }
go::String Scanner_Text(Scanner *s) { return go::bytesToString(go::deref(s).token); }

void Scanner_Buffer(Scanner *s, go::Slice<uint8_t> buf, int64_t max) {
  go::nilcheck(s);
  if (s->scanCalled)
    panicText("Buffer called after Scan");
  s->buf = go::slice(buf, 0, buf.cap());
  s->maxTokenSize = max;
}
void Scanner_Split(Scanner *s, SplitFunc split) {
  go::nilcheck(s);
  if (s->scanCalled)
    panicText("Split called after Scan");
  s->split = split;
}

bool Scanner_Scan(Scanner *s) {
  go::nilcheck(s);
  if (s->done)
    return false;
  s->scanCalled = true;
  for (;;) {
    if (s->end > s->start || !s->err.isNil()) {
      auto [adv, token, err] = s->split(go::slice(s->buf, s->start, s->end), !s->err.isNil());
      if (!err.isNil()) {
        if (err == ErrFinalToken) {
          s->token = token;
          s->done = true;
          return true;
        }
        setErr(s, err);
        return false;
      }
      if (!advance(s, adv))
        return false;
      s->token = token;
      if (!token.isNil()) {
        if (s->err.isNil() || adv > 0) {
          s->empties = 0;
        } else {
          s->empties++;
          if (s->empties > maxConsecutiveEmptyReads)
            panicText("bufio.Scan: too many empty tokens without progressing");
        }
        return true;
      }
    }
    if (!s->err.isNil()) {
      s->start = 0;
      s->end = 0;
      return false;
    }
    if (s->start > 0 && (s->end == s->buf.len() || s->start > s->buf.len() / 2)) {
      std::memmove(s->buf.p, s->buf.p + s->start, size_t(s->end - s->start));
      s->end -= s->start;
      s->start = 0;
    }
    if (s->end == s->buf.len()) {
      const int64_t maxInt = INT64_MAX;
      if (s->buf.len() >= s->maxTokenSize || s->buf.len() > maxInt / 2) {
        setErr(s, ErrTooLong);
        return false;
      }
      int64_t newSize = s->buf.len() * 2;
      if (newSize == 0)
        newSize = startBufSize;
      if (newSize > s->maxTokenSize)
        newSize = s->maxTokenSize;
      go::Slice<uint8_t> newBuf = go::makeSlice<uint8_t>(newSize);
      go::copy(newBuf, go::slice(s->buf, s->start, s->end));
      s->end -= s->start;
      s->start = 0;
      s->buf = newBuf;
    }
    for (int64_t loop = 0;;) {
      auto [n, err] = io::detail::read(s->r, go::slice(s->buf, s->end, s->buf.len()));
      if (n < 0 || s->buf.len() - s->end < n) {
        setErr(s, ErrBadReadCount);
        break;
      }
      s->end += n;
      if (!err.isNil()) {
        setErr(s, err);
        break;
      }
      if (n > 0) {
        s->empties = 0;
        break;
      }
      loop++;
      if (loop > maxConsecutiveEmptyReads) {
        setErr(s, io::ErrNoProgress);
        break;
      }
    }
  }
}

Tok ScanBytes(go::Slice<uint8_t> data, bool atEOF) {
  if (atEOF && data.len() == 0)
    return {0, nullptr, go::Iface()};
  return {1, go::slice(data, 0, 1), go::Iface()};
}

Tok ScanRunes(go::Slice<uint8_t> data, bool atEOF) {
  if (atEOF && data.len() == 0)
    return {0, nullptr, go::Iface()};
  if (data.p[0] < 0x80)
    return {1, go::slice(data, 0, 1), go::Iface()};
  int64_t width;
  unicode::utf8::detail::decode(data.p, data.len(), &width);
  if (width > 1)
    return {width, go::slice(data, 0, width), go::Iface()};
  if (!atEOF && !unicode::utf8::detail::full(data.p, data.len()))
    return {0, nullptr, go::Iface()};
  static const uint8_t errorRune[] = {0xEF, 0xBF, 0xBD};
  return {1, go::Slice<uint8_t>(const_cast<uint8_t *>(errorRune), 3, 3), go::Iface()};
}

Tok ScanLines(go::Slice<uint8_t> data, bool atEOF) {
  if (atEOF && data.len() == 0)
    return {0, nullptr, go::Iface()};
  if (const void *q = data.len() ? std::memchr(data.p, '\n', size_t(data.len())) : nullptr) {
    int64_t i = static_cast<const uint8_t *>(q) - data.p;
    return {i + 1, dropCR(go::slice(data, 0, i)), go::Iface()};
  }
  if (atEOF)
    return {data.len(), dropCR(data), go::Iface()};
  return {0, nullptr, go::Iface()};
}

Tok ScanWords(go::Slice<uint8_t> data, bool atEOF) {
  int64_t start = 0;
  for (int64_t width = 0; start < data.len(); start += width) {
    int32_t r = unicode::utf8::detail::decode(data.p + start, data.len() - start, &width);
    if (!isSpace(r))
      break;
  }
  for (int64_t width = 0, i = start; i < data.len(); i += width) {
    int32_t r = unicode::utf8::detail::decode(data.p + i, data.len() - i, &width);
    if (isSpace(r))
      return {i + width, go::slice(data, start, i), go::Iface()};
  }
  if (atEOF && data.len() > start)
    return {data.len(), go::slice(data, start, go::kAbsent), go::Iface()};
  return {start, nullptr, go::Iface()};
}

} // namespace pkg::bufio
