package apikey_test

import (
	"testing"

	"github.com/openaivet/openaivet/analyzers/apikey"
	"github.com/openaivet/openaivet/internal/secret/fakekey"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata writes @@FORMAT-SEED@@ where a key goes; the tests run on a
// copy with generated keys in their place.
func expanded(t *testing.T) string {
	src := analysistest.TestData()
	testmod.Download(t, src)
	return testmod.Copy(t, src, func(s string) string {
		s, _ = fakekey.Expand(s)
		return s
	})
}

func Test(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, expanded(t), apikey.Analyzer, "./...")
}

func TestFixedCodeBuilds(t *testing.T) {
	testmod.BuildGoldens(t, expanded(t))
}
