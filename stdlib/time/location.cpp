// location.cpp — the Locations gopp knows, and moving a Time between them.
//
// gopp reads no zone database: there are two Locations, UTC and Local,
// and Local is UTC too (the machines gopp targets run with TZ=UTC), so a
// Time shows the same clock in both; only Location().String() differs
// ("UTC" / "Local"), as in Go on such a machine.
//
// Invariant (Go's setLoc): a Time's loc is never &utcLoc — UTC is
// stored as nil — so t.UTC() == u.UTC() exactly when the instants (and
// monotonic readings) agree.
#include "time/internal.h"

namespace pkg::time {

namespace detail {
Location utcLoc{go::String("UTC"), {}, {}};
Location localLoc{go::String("Local"), {}, {}};

Time setLoc(Time t, Location *loc) {
  t.loc = loc == &utcLoc ? nullptr : loc;
  return t;
}
} // namespace detail

using namespace detail;

Location *UTC = &utcLoc;
Location *Local = &localLoc;

Time Time_UTC(Time t) { return setLoc(t, &utcLoc); }
Time Time_Local(Time t) { return setLoc(t, &localLoc); }

Location *Time_Location(Time t) { return t.loc ? t.loc : &utcLoc; }

Time Time_In(Time t, Location *loc) {
  if (!loc)
    go::gopanic(go::box(&go::stringType, go::String("time: missing Location in call to Time.In")));
  return setLoc(t, loc);
}

// A nil *Location is UTC, as in Go.
go::String Location_String(Location *l) { return l ? l->name : utcLoc.name; }

} // namespace pkg::time
