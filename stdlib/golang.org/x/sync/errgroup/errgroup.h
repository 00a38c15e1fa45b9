// errgroup.h — package golang.org/x/sync/errgroup as docs/abi.md maps it:
// Group, WithContext, Go, TryGo, SetLimit, Wait.
//
// The behaviour is that of the x/sync in Debian's golang-golang-x-sync-dev
// (the version programs are checked against): the context of WithContext
// is cancelled (with context.Canceled as its cause) by the first function
// that returns an error, or else when Wait returns; SetLimit(n) makes Go
// wait for room and TryGo refuse; changing the limit while goroutines run
// panics; a panicking function is not recovered (it ends the program, as
// there).
//
// Group keeps the fields of errgroup.go in order with their C++ types, so
// that code generation's descriptor of Group (offsetof each field) agrees
// with it; a zero Group is a valid Group with no limit and no context.
#pragma once

#include "context/context.h"
#include "gopp/chan.h"
#include "gopp/go.h"
#include "sync/sync.h"

namespace pkg::golang_org::x::sync::errgroup {

struct token {
  friend bool operator==(const token &, const token &) { return true; }
};

struct Group {
  go::Func<void(go::Iface)> cancel; // cancels WithContext's context; the cause is ignored
  ::pkg::sync::WaitGroup wg;
  go::Chan<token> sem; // a token per running goroutine when limited
  ::pkg::sync::Once errOnce;
  go::Iface err;
};

std::tuple<Group *, go::Iface> WithContext(go::Iface ctx);
void Group_Go(Group *g, go::Func<go::Iface()> f, go::sched::SourcePos pos = GOPP_HERE_DEFAULT);
bool Group_TryGo(Group *g, go::Func<go::Iface()> f);
void Group_SetLimit(Group *g, int64_t n);
go::Iface Group_Wait(Group *g, go::sched::SourcePos pos = GOPP_HERE_DEFAULT);

} // namespace pkg::golang_org::x::sync::errgroup
