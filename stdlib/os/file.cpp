// file.cpp — os.File on POSIX file descriptors, and the whole-file and
// file-system functions (ReadFile, WriteFile, Mkdir, Remove, ...).
//
// Invariants: a File's methods are unbuffered read(2)/write(2) calls,
// retried on EINTR; Write loops until everything is written or an error
// occurs; a Read of 0 bytes into a non-empty buffer is io.EOF. Failures
// are *PathError{Op, Path, Errno} with Go's op names ("open", "read",
// "write", "close", "seek", ...); a closed File reports ErrClosed; a nil
// *File reports ErrInvalid.
#include "os/os.h"
#include "gopp/race.h"

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include <random>

namespace pkg::os {

namespace {
using detail::errnoErr;
using detail::pathErr;

// A NUL-terminated copy of s for the C library.
struct CStr {
  char small[256];
  char *p;
  explicit CStr(go::String s) {
    p = size_t(s.n) < sizeof small ? small : static_cast<char *>(go::allocAtomic(size_t(s.n) + 1));
    if (s.n)
      std::memcpy(p, s.p, size_t(s.n));
    p[s.n] = 0;
  }
  operator const char *() const { return p; }
};

template <class F> auto retry(F f) {
  for (;;) {
    auto r = f();
    if (r >= 0 || errno != EINTR)
      return r;
  }
}

go::Iface checkValid(File *f, const char *op, go::Iface *err) {
  (void)op;
  if (!f || !f->file) {
    *err = ErrInvalid;
    return *err;
  }
  if (f->file->closed) {
    *err = pathErr(go::String(op, int64_t(std::strlen(op))), f->file->name, ErrClosed);
    return *err;
  }
  *err = go::Iface();
  return *err;
}

go::String opStr(const char *op) { return go::String(op, int64_t(std::strlen(op))); }

int syscallMode(FileMode m) {
  int o = int(m & 0777);
  if (m & (1u << 23))
    o |= S_ISUID;
  if (m & (1u << 22))
    o |= S_ISGID;
  if (m & (1u << 20))
    o |= S_ISVTX;
  return o;
}

go::Iface pathOp(const char *op, go::String path, int rc) {
  return rc < 0 ? pathErr(opStr(op), path, errnoErr(errno)) : go::Iface();
}
go::Iface linkOp(const char *op, go::String oldp, go::String newp, int rc) {
  if (rc >= 0)
    return go::Iface();
  return go::Iface(&detail::LinkErrorErrorItab,
                   go::newObject<LinkError>(LinkError{opStr(op), oldp, newp, errnoErr(errno)}));
}

uint32_t nextRandom() {
  static std::mt19937 gen{std::random_device{}()};
  return uint32_t(gen());
}
} // namespace

// --- FileMode
bool FileMode_IsDir(FileMode m) { return (m & (1u << 31)) != 0; }
FileMode FileMode_Type(FileMode m) {
  const FileMode modeType = (1u << 31) | (1u << 27) | (1u << 25) | (1u << 24) | (1u << 26) | (1u << 21) | (1u << 19);
  return m & modeType;
}
bool FileMode_IsRegular(FileMode m) { return FileMode_Type(m) == 0; }
FileMode FileMode_Perm(FileMode m) { return m & 0777; }
go::String FileMode_String(FileMode m) {
  const char *str = "dalTLDpSugct?";
  char buf[32];
  int w = 0;
  for (int i = 0; str[i]; i++)
    if (m & (1u << (31 - i)))
      buf[w++] = str[i];
  if (w == 0)
    buf[w++] = '-';
  const char *rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; i++)
    buf[w++] = (m & (1u << (8 - i))) ? rwx[i] : '-';
  return go::makeString(buf, w);
}

// --- File
File *NewFile(uintptr_t fd, go::String name) {
  if (int64_t(fd) < 0)
    return nullptr;
  auto *f = go::newObject<File>();
  f->file = go::newObject<file>(file{int64_t(fd), name, false, false});
  return f;
}

File *Stdin = NewFile(0, "/dev/stdin");
File *Stdout = NewFile(1, "/dev/stdout");
File *Stderr = NewFile(2, "/dev/stderr");

std::tuple<File *, go::Iface> OpenFile(go::String name, int64_t flag, FileMode perm) {
  CStr c(name);
  int fd = retry([&] { return ::open(c, int(flag) | O_CLOEXEC, syscallMode(perm)); });
  if (fd < 0)
    return {nullptr, pathErr("open", name, errnoErr(errno))};
  File *f = NewFile(uintptr_t(fd), name);
  f->file->appendMode = (flag & O_APPEND) != 0;
  return {f, go::Iface()};
}
std::tuple<File *, go::Iface> Open(go::String name) { return OpenFile(name, O_RDONLY, 0); }
std::tuple<File *, go::Iface> Create(go::String name) { return OpenFile(name, O_RDWR | O_CREAT | O_TRUNC, 0666); }

std::tuple<File *, File *, go::Iface> Pipe() {
  int p[2];
  if (::pipe2(p, O_CLOEXEC) < 0)
    return {nullptr, nullptr, NewSyscallError("pipe2", errnoErr(errno))};
  return {NewFile(uintptr_t(p[0]), "|0"), NewFile(uintptr_t(p[1]), "|1"), go::Iface()};
}

go::String File_Name(File *f) { return go::deref(go::deref(f).file).name; }
uintptr_t File_Fd(File *f) {
  if (!f || !f->file)
    return ~uintptr_t(0);
  return uintptr_t(f->file->fd);
}

go::Iface File_Close(File *f) {
  if (!f || !f->file)
    return ErrInvalid;
  if (f->file->closed)
    return pathErr("close", f->file->name, ErrClosed);
  f->file->closed = true;
  if (::close(int(f->file->fd)) < 0 && errno != EINTR)
    return pathErr("close", f->file->name, errnoErr(errno));
  return go::Iface();
}

std::tuple<int64_t, go::Iface> File_Read(File *f, go::Slice<uint8_t> b) {
  go::Iface err;
  if (!checkValid(f, "read", &err).isNil())
    return {0, err};
  if (b.len() == 0)
    return {0, go::Iface()};
  ssize_t n = retry([&] { return ::read(int(f->file->fd), b.p, size_t(b.len())); });
  if (n < 0)
    return {0, pathErr("read", f->file->name, errnoErr(errno))};
  if (n == 0)
    return {0, io::EOF_};
  return {int64_t(n), go::Iface()};
}

std::tuple<int64_t, go::Iface> File_ReadAt(File *f, go::Slice<uint8_t> b, int64_t off) {
  go::Iface err;
  if (!checkValid(f, "read", &err).isNil())
    return {0, err};
  if (off < 0)
    return {0, pathErr("readat", f->file->name, errors::New("negative offset"))};
  int64_t n = 0;
  while (n < b.len()) {
    ssize_t m = retry([&] { return ::pread(int(f->file->fd), b.p + n, size_t(b.len() - n), off); });
    if (m < 0)
      return {n, pathErr("read", f->file->name, errnoErr(errno))};
    if (m == 0)
      return {n, io::EOF_};
    n += m;
    off += m;
  }
  return {n, go::Iface()};
}

namespace {
std::tuple<int64_t, go::Iface> writeAll(File *f, const uint8_t *p, int64_t len) {
  go::Iface err;
  if (!checkValid(f, "write", &err).isNil())
    return {0, err};
  int64_t n = 0;
  while (n < len) {
    ssize_t m = retry([&] { return ::write(int(f->file->fd), p + n, size_t(len - n)); });
    if (m < 0)
      return {n, pathErr("write", f->file->name, errnoErr(errno))};
    n += m;
  }
  return {n, go::Iface()};
}
} // namespace

std::tuple<int64_t, go::Iface> File_Write(File *f, go::Slice<uint8_t> b) { return writeAll(f, b.p, b.len()); }
std::tuple<int64_t, go::Iface> File_WriteString(File *f, go::String s) { return writeAll(f, s.p, s.n); }

std::tuple<int64_t, go::Iface> File_WriteAt(File *f, go::Slice<uint8_t> b, int64_t off) {
  go::Iface err;
  if (!checkValid(f, "write", &err).isNil())
    return {0, err};
  if (f->file->appendMode)
    return {0, errors::New("os: invalid use of WriteAt on file opened with O_APPEND")};
  if (off < 0)
    return {0, pathErr("writeat", f->file->name, errors::New("negative offset"))};
  int64_t n = 0;
  while (n < b.len()) {
    ssize_t m = retry([&] { return ::pwrite(int(f->file->fd), b.p + n, size_t(b.len() - n), off); });
    if (m < 0)
      return {n, pathErr("write", f->file->name, errnoErr(errno))};
    n += m;
    off += m;
  }
  return {n, go::Iface()};
}

std::tuple<int64_t, go::Iface> File_Seek(File *f, int64_t offset, int64_t whence) {
  go::Iface err;
  if (!checkValid(f, "seek", &err).isNil())
    return {0, err};
  off_t r = ::lseek(int(f->file->fd), offset, int(whence));
  if (r < 0)
    return {0, pathErr("seek", f->file->name, errnoErr(errno))};
  return {int64_t(r), go::Iface()};
}

go::Iface File_Sync(File *f) {
  go::Iface err;
  if (!checkValid(f, "sync", &err).isNil())
    return err;
  return pathOp("sync", f->file->name, retry([&] { return ::fsync(int(f->file->fd)); }));
}
go::Iface File_Truncate(File *f, int64_t size) {
  go::Iface err;
  if (!checkValid(f, "truncate", &err).isNil())
    return err;
  return pathOp("truncate", f->file->name, retry([&] { return ::ftruncate(int(f->file->fd), size); }));
}
go::Iface File_Chmod(File *f, FileMode mode) {
  go::Iface err;
  if (!checkValid(f, "chmod", &err).isNil())
    return err;
  return pathOp("chmod", f->file->name, retry([&] { return ::fchmod(int(f->file->fd), mode_t(syscallMode(mode))); }));
}
go::Iface File_Chown(File *f, int64_t uid, int64_t gid) {
  go::Iface err;
  if (!checkValid(f, "chown", &err).isNil())
    return err;
  return pathOp("chown", f->file->name, retry([&] { return ::fchown(int(f->file->fd), uid_t(uid), gid_t(gid)); }));
}
go::Iface File_Chdir(File *f) {
  go::Iface err;
  if (!checkValid(f, "chdir", &err).isNil())
    return err;
  return pathOp("chdir", f->file->name, ::fchdir(int(f->file->fd)));
}

std::tuple<int64_t, go::Iface> File_ReadFrom(File *f, io::Reader r) {
  go::Iface err;
  if (!checkValid(f, "write", &err).isNil())
    return {0, err};
  go::Slice<uint8_t> buf = go::makeSlice<uint8_t>(32 * 1024);
  int64_t total = 0;
  for (;;) {
    auto [nr, er] = io::detail::read(r, buf);
    if (nr > 0) {
      auto [nw, ew] = writeAll(f, buf.p, nr);
      total += nw;
      if (!ew.isNil())
        return {total, ew};
    }
    if (!er.isNil())
      return {total, er == io::EOF_ ? go::Iface() : er};
  }
}

std::tuple<int64_t, go::Iface> File_WriteTo(File *f, io::Writer w) {
  go::Iface err;
  if (!checkValid(f, "read", &err).isNil())
    return {0, err};
  go::Slice<uint8_t> buf = go::makeSlice<uint8_t>(32 * 1024);
  int64_t total = 0;
  for (;;) {
    auto [nr, er] = File_Read(f, buf);
    if (nr > 0) {
      auto [nw, ew] = io::detail::write(w, go::slice(buf, 0, nr));
      total += nw;
      if (!ew.isNil())
        return {total, ew};
      if (nw != nr)
        return {total, io::ErrShortWrite};
    }
    if (!er.isNil())
      return {total, er == io::EOF_ ? go::Iface() : er};
  }
}

std::tuple<go::Slice<go::String>, go::Iface> File_Readdirnames(File *f, int64_t n) {
  go::Iface err;
  if (!checkValid(f, "readdirent", &err).isNil())
    return {nullptr, err};
  int fd = ::dup(int(f->file->fd));
  DIR *d = fd >= 0 ? ::fdopendir(fd) : nullptr;
  if (!d) {
    int e = errno;
    if (fd >= 0)
      ::close(fd);
    return {nullptr, pathErr("readdirent", f->file->name, errnoErr(e))};
  }
  go::Slice<go::String> names;
  while (n <= 0 || names.len() < n) {
    errno = 0;
    struct dirent *ent = ::readdir(d);
    if (!ent)
      break;
    if (std::strcmp(ent->d_name, ".") == 0 || std::strcmp(ent->d_name, "..") == 0)
      continue;
    names = go::append(names, go::makeString(std::string_view(ent->d_name)));
  }
  ::closedir(d);
  if (n > 0 && names.len() == 0)
    return {names, io::EOF_};
  if (names.isNil())
    names = go::makeSlice<go::String>(0);
  return {names, go::Iface()};
}

// --- whole files and the file system
go::Iface Chdir(go::String dir) { return pathOp("chdir", dir, ::chdir(CStr(dir))); }
go::Iface Chmod(go::String name, FileMode mode) {
  CStr c(name);
  return pathOp("chmod", name, retry([&] { return ::chmod(c, mode_t(syscallMode(mode))); }));
}
go::Iface Chown(go::String name, int64_t uid, int64_t gid) {
  CStr c(name);
  return pathOp("chown", name, retry([&] { return ::chown(c, uid_t(uid), gid_t(gid)); }));
}
go::Iface Lchown(go::String name, int64_t uid, int64_t gid) {
  CStr c(name);
  return pathOp("lchown", name, retry([&] { return ::lchown(c, uid_t(uid), gid_t(gid)); }));
}
std::tuple<go::String, go::Iface> Getwd() {
  char buf[4096];
  if (!::getcwd(buf, sizeof buf))
    return {go::String(), NewSyscallError("getwd", errnoErr(errno))};
  return {go::makeString(std::string_view(buf)), go::Iface()};
}
bool IsPathSeparator(uint8_t c) { return c == '/'; }
go::Iface Link(go::String oldname, go::String newname) {
  return linkOp("link", oldname, newname, ::link(CStr(oldname), CStr(newname)));
}
go::Iface Symlink(go::String oldname, go::String newname) {
  return linkOp("symlink", oldname, newname, ::symlink(CStr(oldname), CStr(newname)));
}
go::Iface Rename(go::String oldpath, go::String newpath) {
  return linkOp("rename", oldpath, newpath, ::rename(CStr(oldpath), CStr(newpath)));
}
go::Iface Mkdir(go::String name, FileMode perm) {
  CStr c(name);
  return pathOp("mkdir", name, retry([&] { return ::mkdir(c, mode_t(syscallMode(perm))); }));
}

go::Iface MkdirAll(go::String path, FileMode perm) {
  struct stat st;
  if (::stat(CStr(path), &st) == 0) {
    if (S_ISDIR(st.st_mode))
      return go::Iface();
    return pathErr("mkdir", path, errnoErr(ENOTDIR));
  }
  int64_t i = path.n;
  while (i > 0 && path.p[i - 1] == '/')
    i--;
  int64_t j = i;
  while (j > 0 && path.p[j - 1] != '/')
    j--;
  if (j > 1) {
    go::Iface err = MkdirAll(go::String(path.p, j - 1), perm);
    if (!err.isNil())
      return err;
  }
  go::Iface err = Mkdir(path, perm);
  if (!err.isNil()) {
    if (::lstat(CStr(path), &st) == 0 && S_ISDIR(st.st_mode))
      return go::Iface();
    return err;
  }
  return go::Iface();
}

go::String TempDir() {
  const char *d = std::getenv("TMPDIR");
  if (!d || !*d)
    return "/tmp";
  return go::makeString(std::string_view(d));
}

namespace {
// Go's prefixAndSuffix: the pattern split at its last '*'.
bool prefixAndSuffix(go::String pattern, go::String *prefix, go::String *suffix) {
  for (int64_t i = 0; i < pattern.n; i++)
    if (pattern.p[i] == '/')
      return false;
  int64_t pos = -1;
  for (int64_t i = pattern.n - 1; i >= 0; i--)
    if (pattern.p[i] == '*') {
      pos = i;
      break;
    }
  if (pos >= 0) {
    *prefix = go::String(pattern.p, pos);
    *suffix = go::String(pattern.p + pos + 1, pattern.n - pos - 1);
  } else {
    *prefix = pattern;
    *suffix = go::String();
  }
  return true;
}
go::String joinTemp(go::String dir, go::String prefix, go::String suffix) {
  if (dir.n == 0)
    dir = TempDir();
  char num[16];
  int n = std::snprintf(num, sizeof num, "%u", nextRandom());
  go::String mid = go::makeString(num, n);
  if (dir.n > 0 && dir.p[dir.n - 1] == '/')
    return go::concat({dir, prefix, mid, suffix});
  return go::concat({dir, "/", prefix, mid, suffix});
}
} // namespace

std::tuple<File *, go::Iface> CreateTemp(go::String dir, go::String pattern) {
  go::String prefix, suffix;
  if (!prefixAndSuffix(pattern, &prefix, &suffix))
    return {nullptr, pathErr("createtemp", pattern, errors::New("pattern contains path separator"))};
  for (int tries = 0;; tries++) {
    go::String name = joinTemp(dir, prefix, suffix);
    auto [f, err] = OpenFile(name, O_RDWR | O_CREAT | O_EXCL, 0600);
    if (IsExist(err) && tries < 10000)
      continue;
    return {f, err};
  }
}

std::tuple<go::String, go::Iface> MkdirTemp(go::String dir, go::String pattern) {
  go::String prefix, suffix;
  if (!prefixAndSuffix(pattern, &prefix, &suffix))
    return {go::String(), pathErr("mkdirtemp", pattern, errors::New("pattern contains path separator"))};
  for (int tries = 0;; tries++) {
    go::String name = joinTemp(dir, prefix, suffix);
    go::Iface err = Mkdir(name, 0700);
    if (err.isNil())
      return {name, go::Iface()};
    if (IsExist(err) && tries < 10000)
      continue;
    return {go::String(), err};
  }
}

std::tuple<go::Slice<uint8_t>, go::Iface> ReadFile(go::String name) {
  auto [f, err] = Open(name);
  if (!err.isNil())
    return {nullptr, err};
  int64_t size = 0;
  struct stat st;
  if (::fstat(int(f->file->fd), &st) == 0 && S_ISREG(st.st_mode))
    size = st.st_size;
  size++;
  if (size < 512)
    size = 512;
  go::Slice<uint8_t> data = go::makeSlice<uint8_t>(0, size);
  for (;;) {
    if (data.len() >= data.cap())
      data = go::slice(go::append(data, uint8_t(0)), 0, data.len());
    auto [n, rerr] = File_Read(f, go::slice(data, data.len(), data.cap()));
    data = go::slice(data, 0, data.len() + n);
    if (!rerr.isNil()) {
      File_Close(f);
      if (rerr == io::EOF_)
        rerr = go::Iface();
      return {data, rerr};
    }
  }
}

go::Iface WriteFile(go::String name, go::Slice<uint8_t> data, FileMode perm) {
  auto [f, err] = OpenFile(name, O_WRONLY | O_CREAT | O_TRUNC, perm);
  if (!err.isNil())
    return err;
  auto [n, werr] = File_Write(f, data);
  (void)n;
  go::Iface cerr = File_Close(f);
  return werr.isNil() ? cerr : werr;
}

std::tuple<go::String, go::Iface> Readlink(go::String name) {
  CStr c(name);
  for (size_t len = 128;; len *= 2) {
    char *buf = static_cast<char *>(go::allocAtomic(len));
    ssize_t n = ::readlink(c, buf, len);
    if (n < 0)
      return {go::String(), pathErr("readlink", name, errnoErr(errno))};
    if (size_t(n) < len)
      return {go::String(reinterpret_cast<uint8_t *>(buf), n), go::Iface()};
  }
}

go::Iface Remove(go::String name) {
  CStr c(name);
  if (::unlink(c) == 0)
    return go::Iface();
  int e = errno;
  if (::rmdir(c) == 0)
    return go::Iface();
  int e1 = errno;
  if (e1 != ENOTDIR)
    e = e1;
  return pathErr("remove", name, errnoErr(e));
}

go::Iface RemoveAll(go::String path) {
  if (path.n == 0)
    return go::Iface();
  if (path.p[path.n - 1] == '.' && (path.n == 1 || path.p[path.n - 2] == '/'))
    return pathErr("RemoveAll", path, errnoErr(EINVAL));
  go::Iface err = Remove(path);
  if (err.isNil() || IsNotExist(err))
    return go::Iface();
  // nftw's callback cannot capture: the first error goes through a
  // thread_local, which the race detector must not see (gopp/race.h).
  static thread_local int firstErr;
  go::race::disable();
  firstErr = 0;
  int rc = ::nftw(
      CStr(path),
      [](const char *p, const struct stat *, int flag, struct FTW *) {
        int r = (flag == FTW_DP) ? ::rmdir(p) : ::unlink(p);
        if (r < 0 && errno != ENOENT && !firstErr)
          firstErr = errno;
        return 0;
      },
      64, FTW_DEPTH | FTW_PHYS);
  int walkErr = firstErr, rcErr = errno;
  go::race::enable();
  if (rc < 0 && rcErr != ENOENT)
    return pathErr("unlinkat", path, errnoErr(rcErr));
  if (walkErr)
    return pathErr("unlinkat", path, errnoErr(walkErr));
  return go::Iface();
}

go::Iface Truncate(go::String name, int64_t size) {
  CStr c(name);
  return pathOp("truncate", name, retry([&] { return ::truncate(c, size); }));
}

} // namespace pkg::os
