// Package corpus_test runs openaivet over slices of the standard library
// and of x/tools that are large and varied (generics, cgo, assembly,
// generated tables, heavy use of net/http and templates) and call no
// OpenAI client: in every mode, every check must run over them to the
// end, and say nothing. By hand, `openaivet std` and `openaivet
// golang.org/x/tools/...` are silent too, in minutes rather than seconds.
package corpus_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/openaivet/openaivet/integration/robustness"
)

// The slices: big enough to meet most of what Go code does, small
// enough for a test.
var (
	stdSlice = []string{"net/http/...", "encoding/...", "os/exec", "text/template", "html/template", "crypto/..."}
	// x/tools comes from the module cache, at the version openaivet
	// itself requires: the packages are run from the repository's root.
	xtoolsSlice = []string{"golang.org/x/tools/go/analysis/...", "golang.org/x/tools/go/ssa/..."}
)

func TestStandardLibrary(t *testing.T) {
	robustness.SkipIfShort(t)
	// Outside any module with requirements: std needs none.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/std\n\ngo 1.26.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	silentInEveryMode(t, dir, stdSlice)
}

func TestXTools(t *testing.T) {
	robustness.SkipIfShort(t)
	silentInEveryMode(t, robustness.Root(t), xtoolsSlice)
}

// silentInEveryMode runs openaivet over the packages in each mode and
// requires exit status 0 and no output at all.
func silentInEveryMode(t *testing.T, dir string, pkgs []string) {
	for _, mode := range []struct {
		name string
		args []string
	}{
		{"command", nil},
		// -diff runs the -fix driver without writing: there is nothing to
		// write in GOROOT or the module cache, and nothing to show.
		{"fix", []string{"-diff"}},
		{"vet", robustness.VetTool()},
	} {
		t.Run(mode.name, func(t *testing.T) {
			start := time.Now()
			res := robustness.Run(t, dir, nil, append(mode.args, pkgs...)...)
			t.Logf("%v: %v", pkgs, time.Since(start).Round(time.Second))
			if res.Exit != 0 || res.Output() != "" {
				t.Errorf("exit status %d, want 0 and no output:\n%s", res.Exit, res.Output())
			}
		})
	}
}

func TestMain(m *testing.M) { os.Exit(robustness.Main(m)) }
