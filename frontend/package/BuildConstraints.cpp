// BuildConstraints.cpp — go/build's file selection for linux/amd64.
#include "frontend/package/BuildConstraints.h"

#include <cctype>
#include <vector>

namespace gopp {

namespace {
const char *const kKnownOS[] = {"aix",   "android", "darwin", "dragonfly", "freebsd", "hurd",  "illumos", "ios",
                                "js",    "linux",   "nacl",   "netbsd",    "openbsd", "plan9", "solaris", "wasip1",
                                "windows", "zos"};
const char *const kKnownArch[] = {"386",     "amd64",   "amd64p32", "arm",     "armbe",   "arm64",  "arm64be",
                                  "loong64", "mips",    "mipsle",   "mips64",  "mips64le", "mips64p32",
                                  "mips64p32le", "ppc", "ppc64",    "ppc64le", "riscv",   "riscv64", "s390",
                                  "s390x",   "sparc",   "sparc64",  "wasm"};

bool isKnownOS(std::string_view s) {
  for (const char *o : kKnownOS)
    if (s == o)
      return true;
  return false;
}
bool isKnownArch(std::string_view s) {
  for (const char *a : kKnownArch)
    if (s == a)
      return true;
  return false;
}

// A recursive-descent evaluator over the expression text.
class ExprParser {
public:
  explicit ExprParser(std::string_view s) : s_(s) {}
  bool parse(bool &ok) {
    bool v = orExpr();
    skip();
    ok = ok_ && i_ == s_.size();
    return v;
  }

private:
  void skip() {
    while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_])))
      i_++;
  }
  bool eat(std::string_view t) {
    skip();
    if (s_.substr(i_, t.size()) == t) {
      i_ += t.size();
      return true;
    }
    return false;
  }
  bool orExpr() {
    bool v = andExpr();
    while (eat("||"))
      v = andExpr() || v;
    return v;
  }
  bool andExpr() {
    bool v = notExpr();
    while (eat("&&"))
      v = notExpr() && v;
    return v;
  }
  bool notExpr() {
    if (eat("!"))
      return !notExpr();
    if (eat("(")) {
      bool v = orExpr();
      if (!eat(")"))
        ok_ = false;
      return v;
    }
    skip();
    size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '_' || s_[i_] == '.'))
      i_++;
    if (start == i_) {
      ok_ = false;
      return false;
    }
    return buildTagSatisfied(s_.substr(start, i_ - start));
  }

  std::string_view s_;
  size_t i_ = 0;
  bool ok_ = true;
};
} // namespace

bool buildTagSatisfied(std::string_view tag) {
  if (tag == "linux" || tag == "amd64" || tag == "unix" || tag == "gc")
    return true;
  if (tag.substr(0, 4) == "go1.") {
    int minor = 0;
    for (char c : tag.substr(4)) {
      if (!std::isdigit(static_cast<unsigned char>(c)))
        return false;
      minor = minor * 10 + (c - '0');
    }
    return minor <= 22;
  }
  return false;
}

bool evalBuildExpr(std::string_view expr) {
  bool ok = true;
  bool v = ExprParser(expr).parse(ok);
  return ok && v;
}

bool fileMatchesBuild(std::string_view fileName, std::string_view text) {
  // Name suffixes: name_GOOS.go, name_GOARCH.go, name_GOOS_GOARCH.go.
  std::string_view stem = fileName.substr(0, fileName.size() - 3);
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= stem.size(); i++)
    if (i == stem.size() || stem[i] == '_') {
      parts.push_back(stem.substr(start, i - start));
      start = i + 1;
    }
  if (parts.size() >= 3 && isKnownOS(parts[parts.size() - 2]) && isKnownArch(parts.back())) {
    if (parts[parts.size() - 2] != "linux" || parts.back() != "amd64")
      return false;
  } else if (parts.size() >= 2) {
    std::string_view last = parts.back();
    if (isKnownOS(last) && last != "linux")
      return false;
    if (isKnownArch(last) && last != "amd64")
      return false;
  }
  // Constraint lines come before the package clause, among comments.
  size_t pos = 0;
  bool sawGoBuild = false, plusBuildOk = true;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos)
      end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    pos = end + 1;
    if (line.empty())
      continue;
    if (line.substr(0, 2) != "//")
      break; // the package clause, or a block comment: constraints end
    if (line.substr(0, 11) == "//go:build ") {
      sawGoBuild = true;
      if (!evalBuildExpr(line.substr(11)))
        return false;
    } else if (line.substr(0, 10) == "// +build ") {
      // Space-separated options are ORed; comma-separated terms ANDed.
      std::string_view rest = line.substr(10);
      bool any = false;
      size_t s = 0;
      while (s <= rest.size()) {
        size_t e = rest.find(' ', s);
        if (e == std::string_view::npos)
          e = rest.size();
        std::string_view opt = rest.substr(s, e - s);
        if (!opt.empty()) {
          bool all = true;
          size_t a = 0;
          while (a <= opt.size()) {
            size_t b = opt.find(',', a);
            if (b == std::string_view::npos)
              b = opt.size();
            std::string_view term = opt.substr(a, b - a);
            bool neg = !term.empty() && term[0] == '!';
            if (neg)
              term.remove_prefix(1);
            all = all && (buildTagSatisfied(term) != neg);
            a = b + 1;
          }
          any = any || all;
        }
        s = e + 1;
      }
      plusBuildOk = plusBuildOk && any;
    }
  }
  return sawGoBuild || plusBuildOk;
}

} // namespace gopp
