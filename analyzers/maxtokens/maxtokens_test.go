package maxtokens_test

import (
	"testing"

	"github.com/openaivet/openaivet/analyzers/maxtokens"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.RunWithSuggestedFixes(t, dir, maxtokens.Analyzer, "./v3", "./responsesonly", "./goopenai")
}

func TestOptions(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	setFlag(t, "default", "512")
	setFlag(t, "ceiling", "4096")
	analysistest.RunWithSuggestedFixes(t, dir, maxtokens.Analyzer, "./options")
}

func TestFixedCodeBuilds(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	testmod.BuildGoldens(t, dir)
}

// setFlag sets one of the analyzer's flags for the duration of the test.
func setFlag(t *testing.T, name, value string) {
	f := maxtokens.Analyzer.Flags.Lookup(name)
	old := f.Value.String()
	if err := f.Value.Set(value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Value.Set(old) })
}
