package main

import (
	"fmt"
	"math"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openaivet/openaivet/internal/benchgen"
)

func TestGrowth(t *testing.T) {
	xs := []float64{64, 256, 1024}
	for _, k := range []float64{0.3, 1, 1.2} {
		var ys []float64
		for _, x := range xs {
			ys = append(ys, 7*math.Pow(x, k))
		}
		if got := growth(xs, ys); math.Abs(got-k) > 1e-9 {
			t.Errorf("growth of x^%v = %v", k, got)
		}
	}
}

// The sampler finds a child of the process and its memory.
func TestTree(t *testing.T) {
	if _, err := os.Stat("/proc/self/task"); err != nil {
		t.Skip("no /proc:", err)
	}
	cmd := exec.Command("sleep", "5")
	if err := cmd.Start(); err != nil {
		t.Skip("cannot run sleep:", err)
	}
	defer cmd.Process.Kill()
	if pids := tree(os.Getpid()); !slices.Contains(pids, cmd.Process.Pid) {
		t.Errorf("tree(%d) = %v, without the child %d", os.Getpid(), pids, cmd.Process.Pid)
	}
	// A process just started may not have a page resident yet: wait for
	// the child's first.
	var self int64
	for deadline := time.Now().Add(3 * time.Second); self <= 0 && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		self, _ = sumTreeRSS(cmd.Process.Pid, int64(os.Getpagesize()))
	}
	total, _ := sumTreeRSS(os.Getpid(), int64(os.Getpagesize()))
	if self <= 0 || total <= self {
		t.Errorf("resident sets: tree %d, child alone %d; want both positive, the tree's larger", total, self)
	}
}

// unexpectedFindings reads openaivet's findings from its own output and
// from golangci-lint's, and says when any is missing.
func TestUnexpectedFindings(t *testing.T) {
	formats := map[string]func(n int, check string) string{
		"openaivet": func(n int, check string) string {
			return fmt.Sprintf("svc%d/api/api.go:%d:2: a message: with a remedy (%s)", n, n+1, check)
		},
		golangciPlugin: func(n int, check string) string {
			return fmt.Sprintf("svc%d/api/api.go:%d:2: %s: a message (read here, line 3) (openaivet)", n, n+1, check)
		},
	}
	for tool, format := range formats {
		var lines []string
		for check, count := range benchgen.Expected(1) {
			for n := range count {
				lines = append(lines, format(n, check))
			}
		}
		if tool == golangciPlugin {
			// Other linters' issues and the summary are not openaivet's.
			lines = append(lines, "svc0/api/api.go:9:2: Error return value is not checked (errcheck)", "3 issues:")
		}
		if got := unexpectedFindings(tool, []byte(strings.Join(lines, "\n")), 1); got != "" {
			t.Errorf("%s, all the expected findings: %s", tool, got)
		}
		if got := unexpectedFindings(tool, []byte(strings.Join(lines[1:], "\n")), 1); got == "" {
			t.Errorf("%s, one finding missing: no difference reported", tool)
		}
	}
	if got := unexpectedFindings("go vet", []byte("nothing"), 1); got != "" {
		t.Errorf("go vet runs no openaivet check, but %s", got)
	}
}
