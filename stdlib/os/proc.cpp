// proc.cpp — os: the process (Args, Exit, ids), its environment
// (Getenv, Setenv, Environ, Expand, ...) and the user's directories.
//
// Invariants: Args is read from /proc/self/cmdline when the library is
// initialised (before main, so it needs nothing from runMain); the
// environment is the C library's, so Setenv is seen by Getenv and by
// child processes.
#include "os/os.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/utsname.h>
#include <unistd.h>

extern char **environ;

namespace pkg::os {

namespace {
go::Slice<go::String> readArgs() {
  go::Slice<go::String> args;
  int fd = ::open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return go::commandLineArgs();
  go::Slice<uint8_t> buf;
  uint8_t chunk[4096];
  for (;;) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break;
    buf = go::appendSlice(buf, go::Slice<uint8_t>(chunk, n, n));
  }
  ::close(fd);
  int64_t start = 0;
  for (int64_t i = 0; i < buf.len(); i++) {
    if (buf.p[i] == 0) {
      args = go::append(args, go::String(buf.p + start, i - start));
      start = i + 1;
    }
  }
  return args;
}

go::String cstr(const char *s) { return go::makeString(std::string_view(s)); }
struct CStr {
  char *p;
  explicit CStr(go::String s) {
    p = static_cast<char *>(go::allocAtomic(size_t(s.n) + 1));
    if (s.n)
      std::memcpy(p, s.p, size_t(s.n));
  }
  operator const char *() const { return p; }
};
bool hasNul(go::String s) { return s.n && std::memchr(s.p, 0, size_t(s.n)) != nullptr; }

bool isShellSpecialVar(uint8_t c) {
  switch (c) {
  case '*': case '#': case '$': case '@': case '!': case '?': case '-':
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
    return true;
  }
  return false;
}
bool isAlphaNum(uint8_t c) { return c == '_' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'); }

// Go's getShellName: the name after a '$' in s, and how many bytes it uses.
go::String getShellName(go::String s, int64_t *w) {
  if (s.p[0] == '{') {
    if (s.n > 2 && isShellSpecialVar(s.p[1]) && s.p[2] == '}') {
      *w = 3;
      return go::String(s.p + 1, 1);
    }
    for (int64_t i = 1; i < s.n; i++) {
      if (s.p[i] == '}') {
        if (i == 1) {
          *w = 2;
          return go::String();
        }
        *w = i + 1;
        return go::String(s.p + 1, i - 1);
      }
    }
    *w = 1;
    return go::String();
  }
  if (isShellSpecialVar(s.p[0])) {
    *w = 1;
    return go::String(s.p, 1);
  }
  int64_t i = 0;
  while (i < s.n && isAlphaNum(s.p[i]))
    i++;
  *w = i;
  return go::String(s.p, i);
}
} // namespace

go::Slice<go::String> Args = readArgs();

void Exit(int64_t code) { go::exit(code); }

go::String Getenv(go::String key) {
  if (hasNul(key))
    return go::String();
  const char *v = std::getenv(CStr(key));
  return v ? cstr(v) : go::String();
}
std::tuple<go::String, bool> LookupEnv(go::String key) {
  if (hasNul(key))
    return {go::String(), false};
  const char *v = std::getenv(CStr(key));
  if (!v)
    return {go::String(), false};
  return {cstr(v), true};
}
go::Iface Setenv(go::String key, go::String value) {
  bool bad = key.n == 0 || hasNul(key) || hasNul(value);
  for (int64_t i = 0; i < key.n && !bad; i++)
    bad = key.p[i] == '=';
  if (bad)
    return NewSyscallError("setenv", detail::errnoErr(EINVAL));
  if (::setenv(CStr(key), CStr(value), 1) < 0)
    return NewSyscallError("setenv", detail::errnoErr(errno));
  return go::Iface();
}
go::Iface Unsetenv(go::String key) {
  if (key.n == 0 || hasNul(key))
    return go::Iface();
  ::unsetenv(CStr(key));
  return go::Iface();
}
void Clearenv() { ::clearenv(); }
go::Slice<go::String> Environ() {
  go::Slice<go::String> env = go::makeSlice<go::String>(0);
  for (char **e = environ; e && *e; e++)
    env = go::append(env, cstr(*e));
  return env;
}

go::String Expand(go::String s, go::Func<go::String(go::String)> mapping) {
  go::Slice<uint8_t> buf;
  int64_t i = 0;
  for (int64_t j = 0; j < s.n; j++) {
    if (s.p[j] == '$' && j + 1 < s.n) {
      if (buf.isNil())
        buf = go::makeSlice<uint8_t>(0, 2 * s.n);
      buf = go::appendString(buf, go::String(s.p + i, j - i));
      int64_t w;
      go::String name = getShellName(go::String(s.p + j + 1, s.n - j - 1), &w);
      if (name.n == 0 && w > 0) {
        // invalid syntax: the characters are dropped
      } else if (name.n == 0) {
        buf = go::append(buf, s.p[j]);
      } else {
        buf = go::appendString(buf, mapping(name));
      }
      j += w;
      i = j + 1;
    }
  }
  if (buf.isNil())
    return s;
  buf = go::appendString(buf, go::String(s.p + i, s.n - i));
  return go::String(buf.p, buf.len());
}
go::String ExpandEnv(go::String s) { return Expand(s, go::Func<go::String(go::String)>([](go::String k) { return Getenv(k); })); }

std::tuple<go::String, go::Iface> Executable() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf);
  if (n < 0)
    return {go::String(), detail::pathErr("readlink", "/proc/self/exe", detail::errnoErr(errno))};
  return {go::makeString(buf, n), go::Iface()};
}
int64_t Getegid() { return ::getegid(); }
int64_t Geteuid() { return ::geteuid(); }
int64_t Getgid() { return ::getgid(); }
int64_t Getuid() { return ::getuid(); }
int64_t Getpid() { return ::getpid(); }
int64_t Getppid() { return ::getppid(); }
int64_t Getpagesize() { return ::getpagesize(); }
std::tuple<go::Slice<int64_t>, go::Iface> Getgroups() {
  int n = ::getgroups(0, nullptr);
  if (n < 0)
    return {nullptr, NewSyscallError("getgroups", detail::errnoErr(errno))};
  gid_t *gs = static_cast<gid_t *>(go::allocAtomic(sizeof(gid_t) * size_t(n + 1)));
  n = ::getgroups(n, gs);
  if (n < 0)
    return {nullptr, NewSyscallError("getgroups", detail::errnoErr(errno))};
  go::Slice<int64_t> out = go::makeSlice<int64_t>(n);
  for (int i = 0; i < n; i++)
    out.p[i] = gs[i];
  return {out, go::Iface()};
}
std::tuple<go::String, go::Iface> Hostname() {
  struct utsname u;
  if (::uname(&u) < 0)
    return {go::String(), NewSyscallError("uname", detail::errnoErr(errno))};
  return {cstr(u.nodename), go::Iface()};
}

std::tuple<go::String, go::Iface> UserHomeDir() {
  go::String v = Getenv("HOME");
  if (v.n == 0)
    return {v, errors::New("$HOME is not defined")};
  return {v, go::Iface()};
}
std::tuple<go::String, go::Iface> UserCacheDir() {
  go::String dir = Getenv("XDG_CACHE_HOME");
  if (dir.n == 0) {
    dir = Getenv("HOME");
    if (dir.n == 0)
      return {go::String(), errors::New("neither $XDG_CACHE_HOME nor $HOME are defined")};
    dir = go::concat(dir, "/.cache");
  } else if (dir.p[0] != '/') {
    return {go::String(), errors::New("path in $XDG_CACHE_HOME is relative")};
  }
  return {dir, go::Iface()};
}
std::tuple<go::String, go::Iface> UserConfigDir() {
  go::String dir = Getenv("XDG_CONFIG_HOME");
  if (dir.n == 0) {
    dir = Getenv("HOME");
    if (dir.n == 0)
      return {go::String(), errors::New("neither $XDG_CONFIG_HOME nor $HOME are defined")};
    dir = go::concat(dir, "/.config");
  } else if (dir.p[0] != '/') {
    return {go::String(), errors::New("path in $XDG_CONFIG_HOME is relative")};
  }
  return {dir, go::Iface()};
}

} // namespace pkg::os
