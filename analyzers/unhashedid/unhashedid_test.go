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

// TestFixesLeaveNoFinding runs the check on the code as its fixes leave
// it, in the package where every finding has a fix: a fixed identifier
// carries no personal data, even one that a checksum (xxHash, FNV) or a
// name (emailHash) had made look hashed.
func TestFixesLeaveNoFinding(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	testmod.NoFindings(t, testmod.Fixed(t, dir), "./precise", unhashedid.Analyzer)
}
