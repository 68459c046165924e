package unhashedid_test

import (
	"testing"

	"github.com/openaivet/openaivet/analyzers/unhashedid"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.RunWithSuggestedFixes(t, dir, unhashedid.Analyzer, "./...")
}

func TestFixedCodeBuilds(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	testmod.BuildGoldens(t, dir)
}
