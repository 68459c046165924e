package main

import (
	"math"
	"os"
	"os/exec"
	"slices"
	"testing"
	"time"
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
