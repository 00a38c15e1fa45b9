// cmd_build.cpp — `gopp build` and `gopp run`: check the package, emit
// C++ (codegen/), compile and link it with the host compiler against the
// prebuilt runtime and standard library (Toolchain.cpp), and run it.
//
// An error from the C++ compiler on emitted code is a gopp bug, never the
// user's: gopp says so in one line, keeps the C++ and names its path.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "Build.h"
#include "Flags.h"

namespace fs = std::filesystem;

namespace gopp::cli {

namespace {
struct BuildFlags {
  std::string output;
  std::string buildmode = "exe";
  bool work = false;
  bool race = false;
};

FlagSet buildFlagSet(BuildFlags &f) {
  FlagSet fs("build");
  fs.stringFlag("o", &f.output, "file", "write the executable to file (the directory, for -buildmode=c++)");
  fs.stringFlag("buildmode", &f.buildmode, "mode",
                "exe (an executable, the default) or c++ (the package as a C++ library: sources, a header and "
                "a CMakeLists.txt in the -o directory; see docs/embedding.md)");
  fs.boolFlag("work", &f.work, "keep the emitted C++ and print where it is");
  fs.boolFlag("race", &f.race, "enable the data race detector (ThreadSanitizer; see the README)");
  return fs;
}

FlagSet runFlagSet(BuildFlags &f) {
  FlagSet fs("run");
  fs.boolFlag("work", &f.work, "keep the emitted C++ and print where it is");
  fs.boolFlag("race", &f.race, "enable the data race detector (ThreadSanitizer; see the README)");
  return fs;
}

std::string makeWorkDir() {
  const char *tmp = std::getenv("TMPDIR");
  std::string templ = std::string(tmp && *tmp ? tmp : "/tmp") + "/gopp-build-XXXXXX";
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (!mkdtemp(buf.data()))
    return "";
  return buf.data();
}

} // namespace

codegen::Input codegenInput(LoadedPackage *lp, BuildMode mode) {
  codegen::Input in;
  in.pkg = lp->tpkg.get();
  for (ast::File *f : lp->pkg.files)
    in.files.push_back(f);
  in.info = &lp->info;
  in.sm = &lp->sm;
  in.tctx = &lp->tctx;
  in.directiveEveryLine = mode.race;
  in.hasHeader = [](const std::string &path) { return stdlibHasHeader(path); };
  in.declares = [](const std::string &path, const std::string &name) { return stdlibDeclares(path, name); };
  check::PackageImporter *importer = lp->importer.get();
  in.infoOf = [importer](const types::Package *p) { return importer->infoOf(p); };
  return in;
}

namespace {

// Builds the package named by `inputs` into `output`. Returns the exit
// status (0 on success).
int build(const char *command, const Args &inputs, const std::string &output, bool keepWork, BuildMode mode) {
  int status = 0;
  auto lp = loadChecked(command, inputs, false, true, status);
  if (!lp)
    return status;
  if (lp->pkg.name != "main") {
    fmt::print(stderr, "gopp {}: package {} is not a main package; gopp builds programs (or, with "
               "-buildmode=c++, libraries)\n", command, lp->pkg.name);
    return 1;
  }
  codegen::Input in = codegenInput(lp.get(), mode);
  std::string cpp, error;
  if (!codegen::emitPackage(in, cpp, error)) {
    fmt::print(stderr, "{}\n", error);
    return 1;
  }
  std::string work = makeWorkDir();
  if (work.empty()) {
    fmt::print(stderr, "gopp {}: cannot create a work directory: {}\n", command, strerror(errno));
    return 1;
  }
  std::string cppFile = work + "/main.cpp";
  {
    std::ofstream f(cppFile);
    f << cpp;
  }
  if (keepWork)
    fmt::print(stderr, "WORK={}\n", work);
  // Link to a temporary name, then rename: nothing half-written at output.
  std::string tmpOut = work + "/a.out";
  CompileResult r = compileProgram(cpp, cppFile, tmpOut, mode);
  if (r.missingRuntime) {
    fmt::print(stderr, "gopp {}: -race: {}\n", command, r.log);
    std::error_code ec;
    if (!keepWork)
      fs::remove_all(work, ec);
    return 2;
  }
  if (!r.ok) {
    fmt::print(stderr,
               "gopp {}: internal error: the C++ compiler rejected the code gopp emitted (a gopp bug; please report "
               "it with {})\n",
               command, cppFile);
    if (std::getenv("GOPP_VERBOSE"))
      fmt::print(stderr, "{}\n", r.log);
    return 2;
  }
  std::error_code ec;
  fs::rename(tmpOut, output, ec);
  if (ec) {
    fs::copy_file(tmpOut, output, fs::copy_options::overwrite_existing, ec);
    if (ec) {
      fmt::print(stderr, "gopp {}: cannot write {}: {}\n", command, output, ec.message());
      return 1;
    }
    fs::permissions(output, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::add, ec);
  }
  if (!keepWork)
    fs::remove_all(work, ec);
  return 0;
}

// The default executable name: the first file's base name without .go
// (go build's rule for a file list).
std::string defaultOutput(const Args &inputs) {
  fs::path p(inputs[0]);
  if (p.extension() == ".go")
    return p.stem().string();
  return fs::absolute(p).filename().string();
}
} // namespace

std::string buildFlagUsage() {
  BuildFlags f;
  return buildFlagSet(f).usage();
}

std::string runFlagUsage() {
  BuildFlags f;
  return runFlagSet(f).usage();
}

int runBuild(const Args &args) {
  BuildFlags flags;
  FlagSet fs = buildFlagSet(flags);
  Args inputs;
  std::string error;
  if (!fs.parse(args, inputs, error))
    return usageError(error);
  // No files is not a malformed command line to go (status 1, as for
  // "no Go files in DIR"), so not to gopp either.
  if (inputs.empty()) {
    fmt::print(stderr, "gopp build: no Go files named (usage: gopp build [-o file] [-race] FILE.go...)\n");
    return 1;
  }
  if (flags.buildmode == "c++") {
    if (flags.output.empty())
      return usageError("gopp build: -buildmode=c++ needs -o DIR (the directory to write the library to)");
    return buildLibrary(inputs, flags.output, BuildMode{flags.race});
  }
  if (flags.buildmode != "exe")
    return usageError("gopp build: -buildmode=" + flags.buildmode + " not supported (exe or c++)");
  std::string out = flags.output.empty() ? defaultOutput(inputs) : flags.output;
  return build("build", inputs, out, flags.work, BuildMode{flags.race});
}

int runRun(const Args &args) {
  BuildFlags flags;
  FlagSet fs = runFlagSet(flags);
  Args rest;
  std::string error;
  if (!fs.parse(args, rest, error))
    return usageError(error);
  // As with `go run`, the Go files are the leading arguments ending in .go;
  // the rest are the program's arguments.
  Args inputs;
  size_t i = 0;
  while (i < rest.size() && rest[i].ends_with(".go"))
    inputs.push_back(rest[i++]);
  if (inputs.empty()) { // status 1, as go run's "no go files listed"
    fmt::print(stderr, "gopp run: no go files listed (usage: gopp run FILE.go... [arguments...])\n");
    return 1;
  }
  std::string dir = makeWorkDir();
  if (dir.empty()) {
    fmt::print(stderr, "gopp run: cannot create a work directory: {}\n", strerror(errno));
    return 1;
  }
  std::string exe = dir + "/" + defaultOutput(inputs);
  if (int status = build("run", inputs, exe, flags.work, BuildMode{flags.race}))
    return status;
  // The program replaces gopp, so its exit status is the run's; the
  // executable is unlinked first (the kernel keeps it while it runs).
  std::vector<std::string> argv{exe};
  for (; i < rest.size(); i++)
    argv.push_back(rest[i]);
  std::vector<char *> cargv;
  for (auto &a : argv)
    cargv.push_back(a.data());
  cargv.push_back(nullptr);
  int fd = open(exe.c_str(), O_RDONLY | O_CLOEXEC);
  std::error_code ec;
  if (fd >= 0) {
    fs::remove_all(dir, ec);
    fexecve(fd, cargv.data(), environ);
  }
  execv(exe.c_str(), cargv.data());
  fmt::print(stderr, "gopp run: cannot run {}: {}\n", exe, strerror(errno));
  return 1;
}

} // namespace gopp::cli
