package safetyid_test

import (
	"path/filepath"
	"testing"

	"github.com/openaivet/openaivet/analyzers/safetyid"
	"github.com/openaivet/openaivet/analyzers/unhashedid"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

// modules are the testdata modules: the main one, on current client
// versions, and legacy, on the versions that have no safety_identifier
// (openai-go v1.10, go-openai v1.40).
func modules() []string {
	dir := analysistest.TestData()
	return []string{dir, filepath.Join(dir, "legacy")}
}

func Test(t *testing.T) {
	for _, dir := range modules() {
		testmod.Download(t, dir)
		analysistest.RunWithSuggestedFixes(t, dir, safetyid.Analyzer, "./...")
	}
}

func TestFixedCodeBuilds(t *testing.T) {
	for _, dir := range modules() {
		testmod.Download(t, dir)
		testmod.BuildGoldens(t, dir)
	}
}

// TestAddedIdentifiersAreNotPersonal runs unhashedid on the code as the
// fixes leave it: a fix must not trade its finding for unhashedid's by
// adding an identifier that carries personal data.
func TestAddedIdentifiersAreNotPersonal(t *testing.T) {
	for _, src := range modules() {
		testmod.Download(t, src)
		testmod.NoFindings(t, testmod.Fixed(t, src), "./...", unhashedid.Analyzer)
	}
}
