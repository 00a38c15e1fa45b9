// pubsub: a hub goroutine owns the set of subscribers; publishers and
// subscribers talk to it only through channels. Each subscriber leaves
// after its quota of messages by cancelling its own context; the hub drops
// it and closes its channel. Each message is acknowledged by everyone who
// got it before the next is published, so the output is deterministic.
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type message struct {
	text string
	acks *sync.WaitGroup // one Done per subscriber the hub gave it to
	sent chan struct{}   // closed by the hub once acks counts them all
}

type subscriber struct {
	name  string
	inbox chan message
}

type hub struct {
	subscribe   chan *subscriber
	unsubscribe chan *subscriber
	publish     chan message
}

func newHub() *hub {
	return &hub{make(chan *subscriber), make(chan *subscriber), make(chan message)}
}

// run owns the subscriber set until ctx is cancelled.
func (h *hub) run(ctx context.Context) {
	subs := map[*subscriber]bool{}
	for {
		select {
		case s := <-h.subscribe:
			subs[s] = true
		case s := <-h.unsubscribe:
			delete(subs, s)
			close(s.inbox)
		case m := <-h.publish:
			m.acks.Add(len(subs))
			for s := range subs {
				s.inbox <- m
			}
			close(m.sent)
		case <-ctx.Done():
			for s := range subs {
				close(s.inbox)
			}
			return
		}
	}
}

// listen receives until it has had quota messages, then leaves.
func listen(h *hub, name string, quota int, log *[]string, wg *sync.WaitGroup) {
	ctx, leave := context.WithCancel(context.Background())
	s := &subscriber{name, make(chan message, 1)}
	h.subscribe <- s
	wg.Add(1)
	go func() {
		defer wg.Done()
		got := 0
		for m := range s.inbox {
			*log = append(*log, m.text)
			got++
			if got == quota {
				leave()
			}
			if ctx.Err() != nil {
				h.unsubscribe <- s // before the ack: the next publish no longer sees s
				m.acks.Done()
				for range s.inbox { // until the hub closes it
				}
				return
			}
			m.acks.Done()
		}
	}()
}

func main() {
	hubCtx, stopHub := context.WithCancel(context.Background())
	h := newHub()
	hubDone := make(chan struct{})
	go func() { h.run(hubCtx); close(hubDone) }()

	quotas := map[string]int{"ana": 2, "bo": 4, "cy": 6}
	logs := map[string]*[]string{}
	var wg sync.WaitGroup
	for name, q := range quotas {
		logs[name] = new([]string)
		listen(h, name, q, logs[name], &wg)
	}
	for i := 1; i <= 5; i++ {
		m := message{fmt.Sprintf("news#%d", i), new(sync.WaitGroup), make(chan struct{})}
		h.publish <- m
		<-m.sent // the hub has counted the subscribers: only now may we Wait
		m.acks.Wait()
	}
	stopHub()
	<-hubDone
	wg.Wait()

	names := make([]string, 0, len(logs))
	for name := range logs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%-3s (quota %d) got %s\n", name, quotas[name], strings.Join(*logs[name], " "))
	}
}
