// BuildConstraints.h — which files of a directory belong to a build for
// linux/amd64 with gc (go/build's rules, as `go build` applies them):
// file names ending in _GOOS, _GOARCH or _GOOS_GOARCH, and `//go:build`
// lines (and the older `// +build` lines when there is no //go:build).
#pragma once

#include <string>
#include <string_view>

namespace gopp {

// Whether a tag is satisfied: linux, amd64, unix, gc, and goN.M releases.
bool buildTagSatisfied(std::string_view tag);

// Evaluates a //go:build expression ("linux && !cgo", "(a || b) && c").
// Malformed expressions are false.
bool evalBuildExpr(std::string_view expr);

// Whether a file with this name and leading text is part of the build.
bool fileMatchesBuild(std::string_view fileName, std::string_view text);

} // namespace gopp
