// go.h — everything emitted C++ includes: gopp's value model and runtime
// interface. See each header for its invariants.
#pragma once

#include "gopp/core.h"
#include "gopp/string.h"
#include "gopp/slice.h"
#include "gopp/array.h"
#include "gopp/type.h"
#include "gopp/iface.h"
#include "gopp/func.h"
#include "gopp/map.h"
#include "gopp/panic.h"
#include "gopp/chan.h"
#include "gopp/builtins.h"
#include "gopp/unsafe.h"
#include "gopp/race.h"

#include <tuple>
