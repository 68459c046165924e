package taint

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// sourcesAnalyzer says what the engine finds: where the input of each
// flow is read, and how it is named in messages (with ", bounded" when
// every way bounds it), and where model output reaches a sink.
var sourcesAnalyzer = &analysis.Analyzer{
	Name:     "sources",
	Doc:      "report where the input of each flow is read",
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		res := pass.ResultOf[Analyzer].(*Result)
		seen := make(map[string]bool)
		for _, f := range res.Flows {
			msg := "source " + f.What
			if f.Bounded {
				msg += ", bounded"
			}
			if key := fmt.Sprint(f.Source, msg); !seen[key] {
				seen[key] = true
				pass.Reportf(f.Source, "%s", msg)
			}
		}
		for _, o := range res.Outputs {
			pass.Reportf(o.Sink, "output reaches %s", o.Kind)
		}
		return nil, nil
	},
}

// TestSources runs the engine over bots, serverless functions, RPC
// servers and command-line tools built on the real libraries, and the
// configuration's own sources, prompts, sinks and sanitizers.
func TestSources(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "sources")
	testmod.Download(t, dir)
	analysistest.Run(t, dir, sourcesAnalyzer, "./...")
}
