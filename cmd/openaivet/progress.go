package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

// progressDelay is how long a run goes on before its progress is shown:
// a warm run is over before it would be.
const progressDelay = 2 * time.Second

// progress shows on a terminal how many packages go vet has analyzed, of
// how many, while a run takes more than a moment. It writes to the
// terminal itself, not through the redacted output: what it writes is
// counts.
type progress struct {
	console *os.File // nil when standard error is not a terminal
	delay   time.Duration
	listed  <-chan struct{}
	total   func() int // valid once listed is closed
	n       atomic.Int64
	quit    chan struct{}
	wg      sync.WaitGroup
}

// startProgress starts showing progress on console, if it is not nil,
// with the total that list counts.
func startProgress(console *os.File, list *listing) *progress {
	if console == nil {
		return startProgressAfter(progressDelay, nil, nil, nil)
	}
	return startProgressAfter(progressDelay, console, list.done, func() int {
		if list.err != nil {
			return 0
		}
		return list.pkgs.total
	})
}

func startProgressAfter(delay time.Duration, console *os.File, listed <-chan struct{}, total func() int) *progress {
	p := &progress{console: console, delay: delay, listed: listed, total: total, quit: make(chan struct{})}
	if console != nil {
		p.wg.Go(p.show)
	}
	return p
}

// done counts one package analyzed.
func (p *progress) done() { p.n.Add(1) }

// stop stops showing progress and clears its line.
func (p *progress) stop() {
	close(p.quit)
	p.wg.Wait()
}

func (p *progress) show() {
	select {
	case <-p.quit:
		return
	case <-time.After(p.delay):
	}
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	start := time.Now().Add(-p.delay)
	for {
		n := int(p.n.Load())
		line := fmt.Sprintf("openaivet: %d packages analyzed", n)
		select {
		case <-p.listed:
			if total := p.total(); total > 0 {
				line = fmt.Sprintf("openaivet: %d of %d packages analyzed", min(n, total), total)
			}
		default:
		}
		fmt.Fprintf(p.console, "\r\033[K%s (%s)", line, time.Since(start).Round(time.Second))
		select {
		case <-p.quit:
			fmt.Fprint(p.console, "\r\033[K")
			return
		case <-tick.C:
		}
	}
}

// terminal returns f when it is a terminal that can show progress: a
// character device other than the null device, whose TERM is set and is
// not "dumb".
func terminal(f *os.File) *os.File {
	info, err := f.Stat()
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(info, null) {
		return nil // progress nobody sees is not worth go list's count
	}
	if term := os.Getenv("TERM"); term == "" || term == "dumb" {
		return nil
	}
	return f
}
