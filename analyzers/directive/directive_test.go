package directive_test

import (
	"testing"

	"github.com/openaivet/openaivet/analyzers/directive"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), directive.Analyzer, "./malformed")
}
