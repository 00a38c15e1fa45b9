// helpers.h — the sync tests use the shared goroutine helpers
// (tests/runtime/goroutines.h) under the name synctest.
#pragma once

#include "../goroutines.h"

namespace synctest = gotest;
