package outputsink_test

import (
	"testing"

	"github.com/openaivet/openaivet/analyzers/outputsink"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.Run(t, dir, outputsink.Analyzer, "./...")
}
