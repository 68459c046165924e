package inputlimit_test

import (
	"path/filepath"
	"testing"

	"github.com/openaivet/openaivet/analyzers/inputlimit"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestBots runs the check over bots, serverless functions, RPC servers and
// command-line tools built on the real libraries, each finding beside its
// bounded twin. They are a module of their own, so that the other tests do
// not load what the bots need.
func TestBots(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "bots")
	testmod.Download(t, dir)
	analysistest.Run(t, dir, inputlimit.Analyzer, "./...")
}
