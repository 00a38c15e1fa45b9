// sync.Locker holds *Mutex, *RWMutex, RWMutex.RLocker() and user types; calls dispatch through the interface.
package main

import (
	"fmt"
	"sync"
)

type logLocker struct{ log []string }

func (l *logLocker) Lock()   { l.log = append(l.log, "lock") }
func (l *logLocker) Unlock() { l.log = append(l.log, "unlock") }

func use(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	ll := &logLocker{}
	lockers := []sync.Locker{&mu, &rw, rw.RLocker(), ll}
	for _, l := range lockers {
		fmt.Printf("%T\n", l)
	}
	use(&mu, func() { fmt.Println("mutex held, TryLock:", mu.TryLock()) })
	use(&rw, func() { fmt.Println("rw write-held, TryRLock:", rw.TryRLock()) })
	use(rw.RLocker(), func() {
		fmt.Println("rw read-held, TryRLock:", rw.TryRLock(), "TryLock:", rw.TryLock())
		rw.RUnlock()
	})
	use(ll, func() {})
	fmt.Println(ll.log)
	r := rw.RLocker()
	_, isMutex := r.(*sync.Mutex)
	fmt.Println("RLocker is *sync.Mutex:", isMutex)
	var nilLocker sync.Locker
	fmt.Println("nil Locker:", nilLocker == nil)
}
