// os.h — package os as docs/abi.md maps it (the part that needs no
// package time: see the list of omissions below), and the descriptors of
// the error types it boxes: *os.PathError, *os.LinkError,
// *os.SyscallError and syscall.Errno.
//
// Not declared (they need time.Time, or fs types built on it): Chtimes,
// File.SetDeadline/SetReadDeadline/SetWriteDeadline, File.Stat, Stat,
// Lstat, SameFile, ReadDir, File.ReadDir, File.Readdir.
#pragma once

#include "errors/errors.h"
#include "io/io.h"

namespace pkg::os {

using FileMode = uint32_t;
using FileInfo = go::Iface;
using DirEntry = go::Iface;

bool FileMode_IsDir(FileMode m);
bool FileMode_IsRegular(FileMode m);
FileMode FileMode_Perm(FileMode m);
go::String FileMode_String(FileMode m);
FileMode FileMode_Type(FileMode m);

struct file {
  int64_t fd;
  go::String name;
  bool appendMode;
  bool closed;
};
struct File {
  struct file *file;
};

extern File *Stdin;
extern File *Stdout;
extern File *Stderr;

std::tuple<File *, go::Iface> Create(go::String name);
std::tuple<File *, go::Iface> CreateTemp(go::String dir, go::String pattern);
File *NewFile(uintptr_t fd, go::String name);
std::tuple<File *, go::Iface> Open(go::String name);
std::tuple<File *, go::Iface> OpenFile(go::String name, int64_t flag, FileMode perm);
std::tuple<File *, File *, go::Iface> Pipe();

go::Iface File_Chdir(File *f);
go::Iface File_Chmod(File *f, FileMode mode);
go::Iface File_Chown(File *f, int64_t uid, int64_t gid);
go::Iface File_Close(File *f);
uintptr_t File_Fd(File *f);
go::String File_Name(File *f);
std::tuple<int64_t, go::Iface> File_Read(File *f, go::Slice<uint8_t> b);
std::tuple<int64_t, go::Iface> File_ReadAt(File *f, go::Slice<uint8_t> b, int64_t off);
std::tuple<int64_t, go::Iface> File_ReadFrom(File *f, io::Reader r);
std::tuple<go::Slice<go::String>, go::Iface> File_Readdirnames(File *f, int64_t n);
std::tuple<int64_t, go::Iface> File_Seek(File *f, int64_t offset, int64_t whence);
go::Iface File_Sync(File *f);
go::Iface File_Truncate(File *f, int64_t size);
std::tuple<int64_t, go::Iface> File_Write(File *f, go::Slice<uint8_t> b);
std::tuple<int64_t, go::Iface> File_WriteAt(File *f, go::Slice<uint8_t> b, int64_t off);
std::tuple<int64_t, go::Iface> File_WriteString(File *f, go::String s);
std::tuple<int64_t, go::Iface> File_WriteTo(File *f, io::Writer w);

go::Iface Chdir(go::String dir);
go::Iface Chmod(go::String name, FileMode mode);
go::Iface Chown(go::String name, int64_t uid, int64_t gid);
std::tuple<go::String, go::Iface> Getwd();
bool IsPathSeparator(uint8_t c);
go::Iface Lchown(go::String name, int64_t uid, int64_t gid);
go::Iface Link(go::String oldname, go::String newname);
go::Iface Mkdir(go::String name, FileMode perm);
go::Iface MkdirAll(go::String path, FileMode perm);
std::tuple<go::String, go::Iface> MkdirTemp(go::String dir, go::String pattern);
std::tuple<go::Slice<uint8_t>, go::Iface> ReadFile(go::String name);
std::tuple<go::String, go::Iface> Readlink(go::String name);
go::Iface Remove(go::String name);
go::Iface RemoveAll(go::String path);
go::Iface Rename(go::String oldpath, go::String newpath);
go::Iface Symlink(go::String oldname, go::String newname);
go::String TempDir();
go::Iface Truncate(go::String name, int64_t size);
go::Iface WriteFile(go::String name, go::Slice<uint8_t> data, FileMode perm);

// proc.go
extern go::Slice<go::String> Args;
[[noreturn]] void Exit(int64_t code);
void Clearenv();
go::Slice<go::String> Environ();
go::String Expand(go::String s, go::Func<go::String(go::String)> mapping);
go::String ExpandEnv(go::String s);
go::String Getenv(go::String key);
std::tuple<go::String, bool> LookupEnv(go::String key);
go::Iface Setenv(go::String key, go::String value);
go::Iface Unsetenv(go::String key);
std::tuple<go::String, go::Iface> Executable();
int64_t Getegid();
int64_t Geteuid();
int64_t Getgid();
std::tuple<go::Slice<int64_t>, go::Iface> Getgroups();
int64_t Getpagesize();
int64_t Getpid();
int64_t Getppid();
int64_t Getuid();
std::tuple<go::String, go::Iface> Hostname();
std::tuple<go::String, go::Iface> UserCacheDir();
std::tuple<go::String, go::Iface> UserConfigDir();
std::tuple<go::String, go::Iface> UserHomeDir();

extern go::Iface ErrInvalid;
extern go::Iface ErrPermission;
extern go::Iface ErrExist;
extern go::Iface ErrNotExist;
extern go::Iface ErrClosed;
extern go::Iface ErrNoDeadline;
extern go::Iface ErrDeadlineExceeded;

bool IsExist(go::Iface err);
bool IsNotExist(go::Iface err);
bool IsPermission(go::Iface err);
bool IsTimeout(go::Iface err);

struct PathError {
  go::String Op;
  go::String Path;
  go::Iface Err;
};
go::String PathError_Error(PathError *e);
bool PathError_Timeout(PathError *e);
go::Iface PathError_Unwrap(PathError *e);

struct LinkError {
  go::String Op;
  go::String Old;
  go::String New;
  go::Iface Err;
};
go::String LinkError_Error(LinkError *e);
go::Iface LinkError_Unwrap(LinkError *e);

struct SyscallError {
  go::String Syscall;
  go::Iface Err;
};
go::String SyscallError_Error(SyscallError *e);
bool SyscallError_Timeout(SyscallError *e);
go::Iface SyscallError_Unwrap(SyscallError *e);

go::Iface NewSyscallError(go::String syscall, go::Iface err);

namespace detail {
using errors::detail::pointerType;
using errors::detail::structType;

// syscall.Errno: an errno value; Error() is Go's text for it.
using Errno = uintptr_t;
go::String Errno_Error(void *e);
bool Errno_Is(void *e, go::Iface target);
bool Errno_Temporary(void *e);
bool Errno_Timeout(void *e);
inline const go::Method ErrnoMethods[] = {
    {go::String("Error"), &go::funcStringType, reinterpret_cast<void *>(&Errno_Error)},
    {go::String("Is"), &errors::detail::funcIsError, reinterpret_cast<void *>(&Errno_Is)},
    {go::String("Temporary"), &errors::detail::funcBool, reinterpret_cast<void *>(&Errno_Temporary)},
    {go::String("Timeout"), &errors::detail::funcBool, reinterpret_cast<void *>(&Errno_Timeout)}};
inline const go::Type ErrnoType = [] {
  go::Type t{};
  t.self = &ErrnoType;
  t.kind = go::Kind::Uintptr;
  t.flags = go::kNamed;
  t.size = sizeof(uintptr_t);
  t.name = "syscall.Errno";
  t.pkgPath = "syscall";
  t.equal = &go::equalOf<uintptr_t>;
  t.methods = ErrnoMethods;
  t.numMethods = 4;
  return t;
}();
inline const go::Itab ErrnoErrorItab = {&ErrnoType, {reinterpret_cast<void *>(&Errno_Error)}};
// An Errno as an error.
go::Iface errnoErr(int e);

go::String PathError_Error_(void *e);
bool PathError_Timeout_(void *e);
go::Iface PathError_Unwrap_(void *e);
inline const go::Field PathErrorFields[] = {
    {go::String("Op"), &go::stringType, offsetof(PathError, Op), false, true},
    {go::String("Path"), &go::stringType, offsetof(PathError, Path), false, true},
    {go::String("Err"), &go::errorType, offsetof(PathError, Err), false, true}};
inline const go::Type PathErrorType =
    structType(&PathErrorType, "os.PathError", "os", sizeof(PathError),
               [](const void *a, const void *b) {
                 auto *x = static_cast<const PathError *>(a), *y = static_cast<const PathError *>(b);
                 return x->Op == y->Op && x->Path == y->Path && x->Err == y->Err;
               },
               PathErrorFields, 3);
inline const go::Method PathErrorPtrMethods[] = {
    {go::String("Error"), &go::funcStringType, reinterpret_cast<void *>(&PathError_Error_)},
    {go::String("Timeout"), &errors::detail::funcBool, reinterpret_cast<void *>(&PathError_Timeout_)},
    {go::String("Unwrap"), &errors::detail::funcError, reinterpret_cast<void *>(&PathError_Unwrap_)}};
inline const go::Type PathErrorPtrType =
    pointerType(&PathErrorPtrType, "*os.PathError", &PathErrorType, PathErrorPtrMethods, 3);
inline const go::Itab PathErrorErrorItab = {&PathErrorPtrType, {reinterpret_cast<void *>(&PathError_Error_)}};

go::String LinkError_Error_(void *e);
go::Iface LinkError_Unwrap_(void *e);
inline const go::Field LinkErrorFields[] = {
    {go::String("Op"), &go::stringType, offsetof(LinkError, Op), false, true},
    {go::String("Old"), &go::stringType, offsetof(LinkError, Old), false, true},
    {go::String("New"), &go::stringType, offsetof(LinkError, New), false, true},
    {go::String("Err"), &go::errorType, offsetof(LinkError, Err), false, true}};
inline const go::Type LinkErrorType =
    structType(&LinkErrorType, "os.LinkError", "os", sizeof(LinkError),
               [](const void *a, const void *b) {
                 auto *x = static_cast<const LinkError *>(a), *y = static_cast<const LinkError *>(b);
                 return x->Op == y->Op && x->Old == y->Old && x->New == y->New && x->Err == y->Err;
               },
               LinkErrorFields, 4);
inline const go::Method LinkErrorPtrMethods[] = {
    {go::String("Error"), &go::funcStringType, reinterpret_cast<void *>(&LinkError_Error_)},
    {go::String("Unwrap"), &errors::detail::funcError, reinterpret_cast<void *>(&LinkError_Unwrap_)}};
inline const go::Type LinkErrorPtrType =
    pointerType(&LinkErrorPtrType, "*os.LinkError", &LinkErrorType, LinkErrorPtrMethods, 2);
inline const go::Itab LinkErrorErrorItab = {&LinkErrorPtrType, {reinterpret_cast<void *>(&LinkError_Error_)}};

go::String SyscallError_Error_(void *e);
bool SyscallError_Timeout_(void *e);
go::Iface SyscallError_Unwrap_(void *e);
inline const go::Field SyscallErrorFields[] = {
    {go::String("Syscall"), &go::stringType, offsetof(SyscallError, Syscall), false, true},
    {go::String("Err"), &go::errorType, offsetof(SyscallError, Err), false, true}};
inline const go::Type SyscallErrorType =
    structType(&SyscallErrorType, "os.SyscallError", "os", sizeof(SyscallError),
               [](const void *a, const void *b) {
                 auto *x = static_cast<const SyscallError *>(a), *y = static_cast<const SyscallError *>(b);
                 return x->Syscall == y->Syscall && x->Err == y->Err;
               },
               SyscallErrorFields, 2);
inline const go::Method SyscallErrorPtrMethods[] = {
    {go::String("Error"), &go::funcStringType, reinterpret_cast<void *>(&SyscallError_Error_)},
    {go::String("Timeout"), &errors::detail::funcBool, reinterpret_cast<void *>(&SyscallError_Timeout_)},
    {go::String("Unwrap"), &errors::detail::funcError, reinterpret_cast<void *>(&SyscallError_Unwrap_)}};
inline const go::Type SyscallErrorPtrType =
    pointerType(&SyscallErrorPtrType, "*os.SyscallError", &SyscallErrorType, SyscallErrorPtrMethods, 3);
inline const go::Itab SyscallErrorErrorItab = {&SyscallErrorPtrType,
                                               {reinterpret_cast<void *>(&SyscallError_Error_)}};

// &PathError{op, path, err} as an error.
go::Iface pathErr(go::String op, go::String path, go::Iface err);
} // namespace detail

} // namespace pkg::os
