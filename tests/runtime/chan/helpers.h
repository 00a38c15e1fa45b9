// helpers.h — the channel tests use the shared goroutine helpers
// (tests/runtime/goroutines.h) under the name chantest.
#pragma once

#include "../goroutines.h"

namespace chantest = gotest;
