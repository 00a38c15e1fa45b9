// cpu_relax.h — forwards to gopp/cpu_relax.h, where the spin-wait pause
// lives now that the public runtime lock (gopp/lock.h) uses it too.
#pragma once

#include "gopp/cpu_relax.h"
