// race_report.cpp — data race reports as Go prints them (race builds).
//
// ThreadSanitizer finds the races; this file decides what the user sees.
// TSan calls __tsan::OnReport for every report before printing it; for a
// data race we print Go's report from TSan's report API and return true,
// which tells TSan not to print its own. Other reports (TSan's own
// failures) are left to TSan.
//
// The report, field by field (Go's runtime/race output):
//
//   ==================
//   WARNING: DATA RACE
//   Write at 0x00c00001c0b8 by goroutine 7:      (or "by main goroutine")
//     main.main.func1()
//         /path/main.go:12 +0x4e
//
//   Previous read at 0x00c00001c0b8 by main goroutine:
//     ...
//
//   Goroutine 7 (running) created at:             (every goroutine but main)
//     main.main()
//         /path/main.go:10 +0x7d
//   ==================
//
// Goroutines are TSan fibers named "goroutine N" (sched/race.cpp). Frames
// are symbolized through the #line directives of emitted code, so only
// frames whose file is a .go file are shown, named by the Go function
// whose lines contain them (emitted code registers its functions' line
// ranges and Go names: codegen/emit_race.cpp). Offsets (+0x..) are
// printed when the symbolizer knows them.
//
// At exit with status 0 (main returned, or os.Exit(0)) a program that
// reported races prints "Found N data race(s)" and exits 66, as current
// Go does (exitProcess in panic.cpp asks raceExitStatus).
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "internal.h"
#include "gopp/race.h"

#ifdef GOPP_RACE

extern "C" {
void *__tsan_get_current_report();
int __tsan_get_report_data(void *report, const char **description, int *count, int *stack_count, int *mop_count,
                           int *loc_count, int *mutex_count, int *thread_count, int *unique_tid_count,
                           void **sleep_trace, uintptr_t trace_size);
int __tsan_get_report_mop(void *report, uintptr_t idx, int *tid, void **addr, int *size, int *write, int *atomic,
                          void **trace, uintptr_t trace_size);
int __tsan_get_report_thread(void *report, uintptr_t idx, int *tid, uint64_t *os_id, int *running,
                             const char **name, int *parent_tid, void **trace, uintptr_t trace_size);
void __sanitizer_symbolize_pc(void *pc, const char *fmt, char *out_buf, size_t out_buf_size);

// Boehm's allocation lock is a pthread mutex: TSan must not treat it as
// synchronisation between the goroutines that allocate.
const char *__tsan_default_suppressions() { return "called_from_lib:libgc.so\n"; }

// TSan's defaults, where Go's differ: no one-second sleep at exit (TSan
// waits for threads to race "at exit"; Go's race runtime does not).
const char *__tsan_default_options() { return "atexit_sleep_ms=0"; }
}

namespace __tsan {
struct ReportDesc;
bool OnReport(const ReportDesc *rep, bool suppressed);
} // namespace __tsan

namespace go::race {

namespace {

constexpr uintptr_t kMaxFrames = 64;
std::atomic<int> races{0};

struct Out {
  std::string s;
  void add(const char *fmt, auto... args) {
    char buf[512];
    int k = std::snprintf(buf, sizeof buf, fmt, args...);
    s.append(buf, size_t(k < 0 ? 0 : k < int(sizeof buf) ? k : int(sizeof buf) - 1));
  }
};

// The registered function tables (emitted code's static initialisers
// add them before main; reports only read them).
struct Table {
  const FuncLines *funcs;
  unsigned long n;
};
Table tables[256];
std::atomic<int> ntables{0};

// The Go function whose lines contain file:line (the innermost), or
// null. A frame of a C++ lambda is a function literal's (or code emitted
// around a call, like a go statement's wrapper) and prefers literals; a
// frame of a named C++ function is a Go function declaration's.
const char *funcAt(const std::string &file, unsigned line, bool lambda) {
  const FuncLines *best = nullptr, *any = nullptr;
  for (int t = 0, nt = ntables.load(std::memory_order_acquire); t < nt; t++)
    for (unsigned long i = 0; i < tables[t].n; i++) {
      const FuncLines &f = tables[t].funcs[i];
      if (line < f.first || line > f.last || file != f.file)
        continue;
      if (!any || f.last - f.first < any->last - any->first)
        any = &f;
      if (f.literal == lambda && (!best || f.last - f.first < best->last - best->first))
        best = &f;
    }
  if (!best && lambda)
    best = any;
  return best ? best->name : nullptr;
}

bool isLambda(const std::string &cxxName) {
  return cxxName.find("operator()") != std::string::npos || cxxName.find("{lambda") != std::string::npos ||
         cxxName == "_FUN";
}

// The Go frames of one stack, innermost first. TSan lists a PC once per
// inlined frame it stands for; the symbolizer gives them all, so each
// distinct PC is symbolized once. Frames outside Go code (the runtime,
// the standard library's C++, the lines emitted code has past a #line
// that belong to no Go function) are left out.
// GOPP_RACE_FRAMES=all shows the C++ frames too (for debugging gopp).
void frames(Out &o, void **trace, uintptr_t n) {
  static const bool allFrames = [] {
    const char *e = std::getenv("GOPP_RACE_FRAMES");
    return e && std::strcmp(e, "all") == 0;
  }();
  const char *last = nullptr;
  for (uintptr_t i = 0; i < n && trace[i]; i++) {
    if (i > 0 && trace[i] == trace[i - 1])
      continue;
    char buf[4096];
    std::memset(buf, 0, sizeof buf);
    __sanitizer_symbolize_pc(trace[i], "%f\t%s\t%l\t%q", buf, sizeof buf - 2);
    // One frame per NUL-terminated string, innermost first.
    for (char *f = buf; *f; f += std::strlen(f) + 1) {
      char *tab1 = std::strchr(f, '\t');
      char *tab2 = tab1 ? std::strchr(tab1 + 1, '\t') : nullptr;
      char *tab3 = tab2 ? std::strchr(tab2 + 1, '\t') : nullptr;
      if (!tab3)
        continue;
      std::string file(tab1 + 1, tab2);
      unsigned line = unsigned(std::atoi(tab2 + 1));
      std::string cxx(f, tab1);
      const char *name = file.ends_with(".go") ? funcAt(file, line, isLambda(cxx)) : nullptr;
      if (!name && allFrames) {
        o.s += "  (C++) " + cxx + "\n      " + file + ":" + std::to_string(line) + "\n";
        continue;
      }
      if (!name)
        continue;
      std::string offset = std::strcmp(tab3 + 1, "0x0") == 0 ? "" : std::string(" +") + (tab3 + 1);
      // Consecutive frames of one Go function are the function and code
      // emitted around it (a go statement's or a defer's wrapper): one frame.
      if (name != last)
        o.s += std::string("  ") + name + "()\n      " + file + ":" + std::to_string(line) + offset + "\n";
      last = name;
    }
  }
}

struct Thread {
  int tid = -1;
  int running = 0;
  const char *name = nullptr;
  void *trace[kMaxFrames] = {};
};

// "goroutine 7" -> 7; 0 for a thread that is not a goroutine.
long goid(const char *name) {
  return name && std::strncmp(name, "goroutine ", 10) == 0 ? std::atol(name + 10) : 0;
}

std::string who(const Thread *t) {
  long id = t ? goid(t->name) : 0;
  if (id == 1)
    return "main goroutine";
  if (id > 0)
    return "goroutine " + std::to_string(id);
  return "a runtime thread";
}

bool printDataRace(void *rep) {
  const char *desc = nullptr;
  int count = 0, nstack = 0, nmop = 0, nloc = 0, nmutex = 0, nthread = 0, nunique = 0;
  void *sleep[kMaxFrames];
  if (!__tsan_get_report_data(rep, &desc, &count, &nstack, &nmop, &nloc, &nmutex, &nthread, &nunique, sleep,
                              kMaxFrames) ||
      !desc || std::strcmp(desc, "data-race") != 0)
    return false;
  static Thread threads[8];
  if (nthread > 8)
    nthread = 8;
  for (int i = 0; i < nthread; i++) {
    Thread &t = threads[i];
    t = Thread{};
    uint64_t os = 0;
    int parent = 0;
    __tsan_get_report_thread(rep, uintptr_t(i), &t.tid, &os, &t.running, &t.name, &parent, t.trace, kMaxFrames);
  }
  auto thread = [&](int tid) -> const Thread * {
    for (int i = 0; i < nthread; i++)
      if (threads[i].tid == tid)
        return &threads[i];
    return nullptr;
  };
  Out o;
  o.add("==================\nWARNING: DATA RACE\n");
  for (int m = 0; m < nmop && m < 2; m++) {
    int tid = 0, size = 0, write = 0, atomic = 0;
    void *addr = nullptr;
    void *trace[kMaxFrames] = {};
    __tsan_get_report_mop(rep, uintptr_t(m), &tid, &addr, &size, &write, &atomic, trace, kMaxFrames);
    const char *what = m == 0 ? (write ? "Write" : "Read") : (write ? "Previous write" : "Previous read");
    o.add("%s%s at 0x%012lx by %s:\n", m ? "\n" : "", what, reinterpret_cast<unsigned long>(addr),
          who(thread(tid)).c_str());
    frames(o, trace, kMaxFrames);
  }
  for (int i = 0; i < nthread; i++) {
    long id = goid(threads[i].name);
    if (id <= 1)
      continue; // main and runtime threads: no creation stack to show
    o.add("\nGoroutine %ld (%s) created at:\n", id, threads[i].running ? "running" : "finished");
    frames(o, threads[i].trace, kMaxFrames);
  }
  o.add("==================\n");
  (void)!::write(2, o.s.data(), o.s.size());
  races.fetch_add(1, std::memory_order_relaxed);
  return true;
}

} // namespace

int reportedRaces() { return races.load(std::memory_order_relaxed); }

bool registerFuncs(const FuncLines *funcs, unsigned long n) {
  int t = ntables.load(std::memory_order_relaxed);
  if (t == int(std::size(tables)))
    return false;
  tables[t] = {funcs, n};
  ntables.store(t + 1, std::memory_order_release);
  return true;
}

} // namespace go::race

namespace go::detail {
namespace {
std::atomic<bool> nativeReports{false};
#ifdef GOPP_TSAN_RUNTIME
constexpr bool kTsanRuntime = true;
#else
constexpr bool kTsanRuntime = false;
#endif
} // namespace
void raceUseNativeReports() { nativeReports.store(true, std::memory_order_relaxed); }
} // namespace go::detail

bool __tsan::OnReport(const ReportDesc *, bool suppressed) {
  if (suppressed)
    return true;
  // An embedding C++ program gets TSan's own reports: C++ frames and Go
  // frames (by #line) alike, TSAN_OPTIONS honoured, exit status 66.
  // So do the runtime's own tests under TSan (GOPP_TSAN_RUNTIME).
  if (go::detail::kTsanRuntime || go::detail::nativeReports.load(std::memory_order_relaxed))
    return false;
  return go::race::printDataRace(__tsan_get_current_report());
}

#else

namespace go::detail {
void raceUseNativeReports() {}
} // namespace go::detail

namespace go::race {
int reportedRaces() { return 0; }
bool registerFuncs(const FuncLines *, unsigned long) { return false; }
} // namespace go::race

#endif

namespace go::detail {

int raceExitStatus(int code) {
  int n = race::reportedRaces();
  if (code != 0 || n == 0)
    return code;
  char buf[64];
  int k = std::snprintf(buf, sizeof buf, "Found %d data race(s)\n", n);
  (void)!::write(2, buf, size_t(k));
  return 66;
}

} // namespace go::detail
