// Toolchain.cpp — the host compiler invocation and the build cache.
//
// Where things are: an installed gopp (cmake --install) finds them beside
// its executable, PREFIX/bin/gopp: PREFIX/include (the runtime's gopp/*.h),
// PREFIX/include/gopp/std (the standard packages' headers) and
// PREFIX/lib/gopp (the libraries; race/ for -race). The environment
// variable GOPP_ROOT names such a PREFIX. Otherwise GOPP_RUNTIME_INCLUDE,
// GOPP_STDLIB_DIR and GOPP_LIB_DIR, baked in when gopp is built, name its
// build tree. CXX picks the compiler (g++ by default).
//
// Race builds (-race) compile with ThreadSanitizer, preferably with
// clang++, and link lib/race/ (runtime/include/gopp/race.h).
//
// The cache: an executable is stored under $GOPP_CACHE (default
// $XDG_CACHE_HOME/gopp or ~/.cache/gopp), keyed by a hash of the emitted
// C++, the compile command and the runtime libraries' sizes and times, so
// rebuilding an unchanged program is a copy.
#include "Toolchain.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include <fmt/format.h>

namespace fs = std::filesystem;

namespace gopp::cli {

namespace {
struct Paths {
  std::string include, stdlib, lib, pch;
};

Paths installedAt(const std::string &prefix) {
  return {prefix + "/include", prefix + "/include/gopp/std", prefix + "/lib/gopp", prefix + "/lib/gopp/pch"};
}

Paths paths() {
  if (const char *root = std::getenv("GOPP_ROOT"); root && *root)
    return installedAt(root);
  static const std::string installed = [] {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec)
      return std::string();
    fs::path prefix = exe.parent_path().parent_path();
    return fs::exists(prefix / "include/gopp/go.h", ec) && fs::exists(prefix / "lib/gopp/libgopp_rt.a", ec)
               ? prefix.string()
               : std::string();
  }();
  if (!installed.empty())
    return installedAt(installed);
  return {GOPP_RUNTIME_INCLUDE, GOPP_STDLIB_DIR, GOPP_LIB_DIR, GOPP_PCH_DIR};
}

bool onPath(const std::string &name) {
  const char *path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  for (std::string d; std::getline(dirs, d, ':');)
    if (!d.empty() && access((d + "/" + name).c_str(), X_OK) == 0)
      return true;
  return false;
}

// $CXX, else g++; race builds prefer clang++, whose ThreadSanitizer (v3)
// has no limit on live fibers, where g++ 12's dies past 8128 goroutines
// alive at once (the instrumentation of lib/race/, made by g++, is the
// same interface either way).
std::string compiler(BuildMode mode = {}) {
  const char *cxx = std::getenv("CXX");
  if (cxx && *cxx)
    return cxx;
  if (mode.race && onPath("clang++"))
    return "clang++";
  return "g++";
}

std::vector<std::string> stdLibs(const std::string &libDir) {
  std::vector<std::string> libs;
  std::error_code ec;
  for (const auto &e : fs::directory_iterator(libDir, ec)) {
    std::string name = e.path().filename().string();
    if (name.rfind("libgopp_std_", 0) == 0 && name.ends_with(".a"))
      libs.push_back(e.path().string());
  }
  std::sort(libs.begin(), libs.end());
  return libs;
}

// The flags every emitted translation unit is compiled with; the
// precompiled header was built with exactly these. Go has no errno, so
// math calls need not set it: -fno-math-errno lets sqrt be one
// instruction without a fallback call for negative inputs (nbody: -2.7%
// instructions); results are unchanged. Go makes no tail calls, so
// neither does emitted code (-fno-optimize-sibling-calls): GCC would turn
// an unbounded recursion such as `return f(n+1) + 1` into a loop that
// spins forever where Go's ends with "fatal error: stack overflow".
std::vector<std::string> compileFlags(const Paths &p) {
  return {"-std=c++20",     "-O2", "-fno-strict-aliasing", "-fno-math-errno", "-fno-optimize-sibling-calls",
          "-I" + p.include, "-I" + p.stdlib};
}

std::vector<std::string> command(const std::string &cppFile, const std::string &output, BuildMode mode) {
  Paths p = paths();
  std::vector<std::string> cmd{compiler(mode)};
  for (auto &f : compileFlags(p))
    cmd.push_back(f);
  std::string libDir = p.lib;
  if (mode.race) {
    // Line tables for the reports' Go file:line (through #line); the
    // runtime and stdlib of lib/race/ were built for this.
    for (const char *f : {"-fsanitize=thread", "-g1", "-DGOPP_RACE=1"})
      cmd.push_back(f);
    libDir += "/race";
  } else {
    // The precompiled header of go.h and the standard headers, when it
    // matches this compiler (it was built without race flags).
    std::string cxx = compiler();
    std::string pchFor = cxx.find("clang") != std::string::npos ? "clang" : "gcc";
    std::string pch = p.pch + "/" + pchFor + "/gopp_pch.h";
    if (fs::exists(pch + (pchFor == "clang" ? ".pch" : ".gch"))) {
      cmd.push_back("-include");
      cmd.push_back(pch);
    }
  }
  cmd.push_back(cppFile);
  cmd.push_back("-o");
  cmd.push_back(output);
  cmd.push_back("-Wl,--start-group");
  for (auto &l : stdLibs(libDir))
    cmd.push_back(l);
  cmd.push_back(libDir + "/libgopp_rt.a");
  cmd.push_back("-Wl,--end-group");
  cmd.push_back("-lgc");
  cmd.push_back("-lpthread");
  return cmd;
}

std::string quote(const std::string &s) {
  if (s.find_first_of(" \t\"'$\\") == std::string::npos)
    return s;
  std::string q = "'";
  for (char c : s)
    q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Runs argv, capturing stdout and stderr together.
int run(const std::vector<std::string> &argv, std::string &output) {
  int fds[2];
  if (pipe(fds) != 0)
    return -1;
  pid_t pid = fork();
  if (pid == 0) {
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    close(fds[0]);
    close(fds[1]);
    std::vector<char *> args;
    for (auto &a : argv)
      args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    fmt::print(stderr, "cannot run {}: {}\n", argv[0], strerror(errno));
    _exit(127);
  }
  close(fds[1]);
  char buf[4096];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0)
    output.append(buf, size_t(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

uint64_t fnv(const std::string &s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string cacheDir() {
  if (const char *c = std::getenv("GOPP_CACHE"))
    return c;
  if (const char *x = std::getenv("XDG_CACHE_HOME"); x && *x)
    return std::string(x) + "/gopp";
  if (const char *h = std::getenv("HOME"); h && *h)
    return std::string(h) + "/.cache/gopp";
  return "";
}

std::string cacheKey(const std::string &cpp, const std::vector<std::string> &cmd) {
  std::string k = cpp;
  for (size_t i = 0; i < cmd.size(); i++) {
    if (cmd[i].ends_with(".cpp") || (i > 0 && cmd[i - 1] == "-o"))
      continue; // the work paths differ between builds
    k += "\n" + cmd[i];
    struct stat st;
    if (cmd[i].ends_with(".a") && stat(cmd[i].c_str(), &st) == 0)
      k += fmt::format(":{}:{}", st.st_size, st.st_mtime);
    // The precompiled header stands for every header's contents.
    if (i > 0 && cmd[i - 1] == "-include" && stat((cmd[i] + ".gch").c_str(), &st) == 0)
      k += fmt::format(":{}:{}", st.st_size, st.st_mtime);
  }
  return fmt::format("{:016x}", fnv(k));
}
} // namespace

std::string stdlibDir() { return paths().stdlib; }

bool stdlibHasHeader(const std::string &path) {
  std::string last = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  return fs::exists(paths().stdlib + "/" + path + "/" + last + ".h");
}

bool stdlibDeclares(const std::string &path, const std::string &name) {
  static std::map<std::string, std::string> texts; // path → its headers, concatenated
  auto it = texts.find(path);
  if (it == texts.end()) {
    std::string all;
    std::error_code ec;
    for (auto &e : fs::directory_iterator(paths().stdlib + "/" + path, ec)) {
      if (e.path().extension() != ".h")
        continue;
      std::ifstream f(e.path());
      for (std::string line; std::getline(f, line);) // without // comments, which name what is missing
        all += line.substr(0, line.find("//")) + '\n';
    }
    it = texts.emplace(path, std::move(all)).first;
  }
  auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  const std::string &t = it->second;
  for (size_t at = t.find(name); at != std::string::npos; at = t.find(name, at + 1))
    if ((at == 0 || !ident(t[at - 1])) && (at + name.size() >= t.size() || !ident(t[at + name.size()])))
      return true;
  return false;
}

std::string compileCommand(const std::string &cppFile, const std::string &output, BuildMode mode) {
  std::string s;
  for (auto &a : command(cppFile, output, mode))
    s += (s.empty() ? "" : " ") + quote(a);
  return s;
}

CompileResult compileProgram(const std::string &cpp, const std::string &cppFile, const std::string &output,
                             BuildMode mode) {
  CompileResult r;
  if (mode.race && !fs::exists(paths().lib + "/race/libgopp_rt.a")) {
    r.log = "gopp was built without the race detector's runtime (cmake -DGOPP_RACE=ON)";
    r.missingRuntime = true;
    return r;
  }
  std::vector<std::string> cmd = command(cppFile, output, mode);
  std::string dir = cacheDir();
  std::string cached;
  if (!dir.empty() && !std::getenv("GOPP_NOCACHE")) {
    cached = dir + "/" + cacheKey(cpp, cmd);
    std::error_code ec;
    if (fs::exists(cached, ec)) {
      fs::copy_file(cached, output, fs::copy_options::overwrite_existing, ec);
      if (!ec) {
        r.ok = r.cached = true;
        return r;
      }
    }
  }
  int status = run(cmd, r.log);
  r.ok = status == 0;
  if (r.ok && !cached.empty()) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    std::string tmp = cached + fmt::format(".tmp{}", getpid());
    fs::copy_file(output, tmp, fs::copy_options::overwrite_existing, ec);
    if (!ec)
      fs::rename(tmp, cached, ec);
  }
  return r;
}

} // namespace gopp::cli
