package main

import (
	"io"
	"os"
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	listed := make(chan struct{})
	close(listed)
	p := startProgressAfter(0, w, listed, func() int { return 5 })
	p.done()
	p.done()
	// The first line may be drawn before the counts; a later tick shows them.
	var out strings.Builder
	buf := make([]byte, 512)
	for !strings.Contains(out.String(), "openaivet: 2 of 5 packages analyzed") {
		r.SetReadDeadline(time.Now().Add(10 * time.Second))
		n, err := r.Read(buf)
		if err != nil {
			t.Fatalf("progress wrote %q, then: %v; want the count", out.String(), err)
		}
		out.Write(buf[:n])
	}
	p.stop()
	w.Close()
	r.SetReadDeadline(time.Time{})
	rest, _ := io.ReadAll(r)
	out.Write(rest)
	if !strings.HasSuffix(out.String(), "\r\033[K") {
		t.Errorf("progress wrote %q, want the line cleared at the end", out.String())
	}
}

// Progress is for a terminal: not for a pipe, a file or the null device.
func TestProgressOnlyOnATerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if terminal(w) != nil {
		t.Error("a pipe taken for a terminal")
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	t.Setenv("TERM", "xterm")
	if terminal(null) != nil {
		t.Errorf("%s taken for a terminal", os.DevNull)
	}
	p := startProgressAfter(0, terminal(w), make(chan struct{}), func() int { return 0 })
	p.done()
	p.stop() // shows nothing, and does not block
}
