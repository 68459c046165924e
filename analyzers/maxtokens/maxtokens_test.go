package maxtokens_test

import (
	"flag"
	"io"
	"path/filepath"
	"testing"

	"github.com/openaivet/openaivet/analyzers/maxtokens"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/tools/go/analysis/analysistest"
)

func Test(t *testing.T) {
	dir := analysistest.TestData()
	testmod.Download(t, dir)
	analysistest.RunWithSuggestedFixes(t, dir, maxtokens.Analyzer, "./v3", "./responsesonly", "./goopenai", "./wrappers", "./indirect", "./stored", "./langchaingo/...", "./rawhttp/...", "./eino/...", "./azopenai", "./genkit/...", "./forks")
}

// TestLegacy runs on the module of older client versions (eino v0.3),
// whose options differ.
func TestLegacy(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "legacy")
	testmod.Download(t, dir)
	analysistest.RunWithSuggestedFixes(t, dir, maxtokens.Analyzer, "./...")
	testmod.BuildGoldens(t, dir)
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

// TestOptionRange: a bound of 0 or below is a mistake in the flag (and so
// in golangci-lint's settings, which set the flags) that names the
// option, never a fix that writes openai.Int(0). A ceiling of 0 means
// none, as documented.
func TestOptionRange(t *testing.T) {
	for _, tc := range []struct{ flag, value, wantErr string }{
		{"default", "-5", `invalid value "-5" for flag -maxtokens.default: want an integer of at least 1, not -5`},
		{"default", "0", `invalid value "0" for flag -maxtokens.default: want an integer of at least 1, not 0`},
		{"default", "1", ""},
		{"ceiling", "-1", `invalid value "-1" for flag -maxtokens.ceiling: want an integer of at least 0, not -1`},
		{"ceiling", "0", ""},
	} {
		// The command registers each option as -CHECK.NAME.
		fs := flag.NewFlagSet("openaivet", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		opt := maxtokens.Analyzer.Flags.Lookup(tc.flag)
		old := opt.Value.String()
		fs.Var(opt.Value, "maxtokens."+tc.flag, opt.Usage)
		err := fs.Parse([]string{"-maxtokens." + tc.flag + "=" + tc.value})
		if (err == nil) != (tc.wantErr == "") || err != nil && err.Error() != tc.wantErr {
			t.Errorf("-maxtokens.%s=%s: error %v, want %q", tc.flag, tc.value, err, tc.wantErr)
		}
		opt.Value.Set(old)
	}
}
