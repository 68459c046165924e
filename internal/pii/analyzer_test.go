package pii_test

import (
	"testing"

	"github.com/openaivet/openaivet/internal/pii"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFacts checks the summaries the Analyzer exports, which the testdata
// states in want comments.
func TestFacts(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, pii.Analyzer, "./accounts", "./app")
}
