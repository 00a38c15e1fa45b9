// log.cpp — Logger, the standard logger and the package functions (see
// log.h for the invariants).
#include "log/log.h"

#include <cstring>
#include <ctime>
#include <string>

#include "errors/errors.h"
#include "fmt/fmt.h"
#include "gopp/lock.h"
#include "io/io.h"

namespace pkg::log {
namespace {

// The standard logger's writer: standard error, written with write(2)
// until everything is written or an error occurs, as *os.File's Write.
struct stderrWriter {
  uint8_t unused;
};
std::tuple<int64_t, go::Iface> stderrWrite(void *, go::Slice<uint8_t> p) {
  int64_t done = 0;
  while (done < p.len()) {
    ssize_t n = ::write(2, &p[done], size_t(p.len() - done));
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return {done, errors::New(go::makeString(std::strerror(errno)))};
    }
    done += n;
  }
  return {done, go::Iface()};
}
const go::Method stderrWriterMethods[] = {
    {go::String("Write"), &errors::detail::funcReadWrite, reinterpret_cast<void *>(&stderrWrite)}};
const go::Type stderrWriterType =
    errors::detail::structType(&stderrWriterType, "log.stderrWriter", "log", sizeof(stderrWriter),
                               [](const void *, const void *) { return true; }, nullptr, 0);
const go::Type stderrWriterPtrType =
    errors::detail::pointerType(&stderrWriterPtrType, "*log.stderrWriter", &stderrWriterType, stderrWriterMethods, 1);

Logger *stdLogger() {
  static Logger *std = [] {
    auto *w = go::newObject<stderrWriter>();
    return New(go::Iface(go::itab(&stderrWriterPtrType, &io::detail::WriterType), w), go::String(), LstdFlags);
  }();
  return std;
}

void appendInt(std::string &b, int64_t v, int width) {
  char tmp[24];
  int n = 0;
  uint64_t u = v < 0 ? uint64_t(0) - uint64_t(v) : uint64_t(v);
  do {
    tmp[n++] = char('0' + u % 10);
    u /= 10;
  } while (u || n < width);
  if (v < 0)
    b += '-';
  while (n)
    b += tmp[--n];
}

// Go's formatHeader.
void formatHeader(std::string &b, const struct timespec &now, go::String prefix, int64_t flag, Pos pos) {
  if (!(flag & Lmsgprefix))
    b.append(reinterpret_cast<const char *>(prefix.p), size_t(prefix.n));
  if (flag & (Ldate | Ltime | Lmicroseconds)) {
    struct tm t;
    if (flag & LUTC)
      gmtime_r(&now.tv_sec, &t);
    else
      localtime_r(&now.tv_sec, &t);
    if (flag & Ldate) {
      appendInt(b, t.tm_year + 1900, 4);
      b += '/';
      appendInt(b, t.tm_mon + 1, 2);
      b += '/';
      appendInt(b, t.tm_mday, 2);
      b += ' ';
    }
    if (flag & (Ltime | Lmicroseconds)) {
      appendInt(b, t.tm_hour, 2);
      b += ':';
      appendInt(b, t.tm_min, 2);
      b += ':';
      appendInt(b, t.tm_sec, 2);
      if (flag & Lmicroseconds) {
        b += '.';
        appendInt(b, now.tv_nsec / 1000, 6);
      }
      b += ' ';
    }
  }
  if (flag & (Lshortfile | Llongfile)) {
    const char *file = pos.file ? pos.file : "???";
    if (flag & Lshortfile)
      if (const char *slash = std::strrchr(file, '/'); slash && slash != file)
        file = slash + 1;
    b += file;
    b += ':';
    appendInt(b, pos.file ? pos.line : 0, 1);
    b += ": ";
  }
  if (flag & Lmsgprefix)
    b.append(reinterpret_cast<const char *>(prefix.p), size_t(prefix.n));
}

struct Settings {
  go::String prefix;
  int64_t flag;
  bool isDiscard;
};
Settings settings(Logger *l) {
  go::lockWord(&l->lock);
  Settings s{l->prefix, l->flag, l->isDiscard};
  go::unlockWord(&l->lock);
  return s;
}

// Releases the logger's mutex however the Write ends (a writer may panic).
struct OutLock {
  Logger *l;
  OutLock(Logger *l, Pos pos) : l(l) { sync::Mutex_Lock(&l->outMu, pos); }
  ~OutLock() { sync::Mutex_Unlock(&l->outMu); }
};

// One entry: the header, s, and a newline unless s ends with one.
go::Iface output(Logger *l, go::String s, Pos pos) {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now); // taken first, as Go's Output
  Settings st = settings(l);
  std::string b;
  formatHeader(b, now, st.prefix, st.flag, pos);
  b.append(reinterpret_cast<const char *>(s.p), size_t(s.n));
  if (s.len() == 0 || s.p[s.n - 1] != '\n')
    b += '\n';
  OutLock lock(l, pos);
  auto [n, err] = io::detail::write(l->out, go::stringToBytes(go::makeString(b)));
  (void)n;
  return err;
}

bool discarding(Logger *l) { return settings(l).isDiscard; }

[[noreturn]] void panicString(go::String s) { go::gopanic(go::box(&go::stringType, s)); }

} // namespace

// ------------------------------------------------------------ Logger

Logger *New(go::Iface out, go::String prefix, int64_t flag) {
  auto *l = go::newObject<Logger>();
  Logger_SetOutput(l, out);
  Logger_SetPrefix(l, prefix);
  Logger_SetFlags(l, flag);
  return l;
}

Logger *Default() { return stdLogger(); }

void Logger_SetOutput(Logger *l, go::Iface w) {
  bool discard = w == io::Discard;
  sync::Mutex_Lock(&l->outMu);
  l->out = w;
  sync::Mutex_Unlock(&l->outMu);
  go::lockWord(&l->lock);
  l->isDiscard = discard;
  go::unlockWord(&l->lock);
}

go::Iface Logger_Output(Logger *l, int64_t, go::String s, Pos pos) { return output(l, s, pos); }

void Logger_Print(Logger *l, go::Slice<go::Iface> v, Pos pos) {
  if (!discarding(l))
    output(l, fmt::Sprint(v), pos);
}
void Logger_Printf(Logger *l, go::String format, go::Slice<go::Iface> v, Pos pos) {
  if (!discarding(l))
    output(l, fmt::Sprintf(format, v), pos);
}
void Logger_Println(Logger *l, go::Slice<go::Iface> v, Pos pos) {
  if (!discarding(l))
    output(l, fmt::Sprintln(v), pos);
}
void Logger_Fatal(Logger *l, go::Slice<go::Iface> v, Pos pos) {
  output(l, fmt::Sprint(v), pos);
  go::exit(1);
}
void Logger_Fatalf(Logger *l, go::String format, go::Slice<go::Iface> v, Pos pos) {
  output(l, fmt::Sprintf(format, v), pos);
  go::exit(1);
}
void Logger_Fatalln(Logger *l, go::Slice<go::Iface> v, Pos pos) {
  output(l, fmt::Sprintln(v), pos);
  go::exit(1);
}
void Logger_Panic(Logger *l, go::Slice<go::Iface> v, Pos pos) {
  go::String s = fmt::Sprint(v);
  output(l, s, pos);
  panicString(s);
}
void Logger_Panicf(Logger *l, go::String format, go::Slice<go::Iface> v, Pos pos) {
  go::String s = fmt::Sprintf(format, v);
  output(l, s, pos);
  panicString(s);
}
void Logger_Panicln(Logger *l, go::Slice<go::Iface> v, Pos pos) {
  go::String s = fmt::Sprintln(v);
  output(l, s, pos);
  panicString(s);
}

int64_t Logger_Flags(Logger *l) { return settings(l).flag; }
void Logger_SetFlags(Logger *l, int64_t flag) {
  go::lockWord(&l->lock);
  l->flag = flag;
  go::unlockWord(&l->lock);
}
go::String Logger_Prefix(Logger *l) { return settings(l).prefix; }
void Logger_SetPrefix(Logger *l, go::String prefix) {
  go::lockWord(&l->lock);
  l->prefix = prefix;
  go::unlockWord(&l->lock);
}
go::Iface Logger_Writer(Logger *l) {
  sync::Mutex_Lock(&l->outMu);
  go::Iface w = l->out;
  sync::Mutex_Unlock(&l->outMu);
  return w;
}

// ---------------------------------------------- the standard logger

void SetOutput(go::Iface w) { Logger_SetOutput(stdLogger(), w); }
int64_t Flags() { return Logger_Flags(stdLogger()); }
void SetFlags(int64_t flag) { Logger_SetFlags(stdLogger(), flag); }
go::String Prefix() { return Logger_Prefix(stdLogger()); }
void SetPrefix(go::String prefix) { Logger_SetPrefix(stdLogger(), prefix); }
go::Iface Writer() { return Logger_Writer(stdLogger()); }
void Print(go::Slice<go::Iface> v, Pos pos) { Logger_Print(stdLogger(), v, pos); }
void Printf(go::String format, go::Slice<go::Iface> v, Pos pos) { Logger_Printf(stdLogger(), format, v, pos); }
void Println(go::Slice<go::Iface> v, Pos pos) { Logger_Println(stdLogger(), v, pos); }
void Fatal(go::Slice<go::Iface> v, Pos pos) { Logger_Fatal(stdLogger(), v, pos); }
void Fatalf(go::String format, go::Slice<go::Iface> v, Pos pos) { Logger_Fatalf(stdLogger(), format, v, pos); }
void Fatalln(go::Slice<go::Iface> v, Pos pos) { Logger_Fatalln(stdLogger(), v, pos); }
void Panic(go::Slice<go::Iface> v, Pos pos) { Logger_Panic(stdLogger(), v, pos); }
void Panicf(go::String format, go::Slice<go::Iface> v, Pos pos) { Logger_Panicf(stdLogger(), format, v, pos); }
void Panicln(go::Slice<go::Iface> v, Pos pos) { Logger_Panicln(stdLogger(), v, pos); }
go::Iface Output(int64_t calldepth, go::String s, Pos pos) { return Logger_Output(stdLogger(), calldepth, s, pos); }

} // namespace pkg::log
