// Package fixes_test applies every suggested fix of the checks' testdata
// modules and of the demo with `openaivet -fix`, and checks the result.
package fixes_test

import (
	"encoding/json"
	"errors"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openaivet/openaivet/integration/robustness"
	"github.com/openaivet/openaivet/internal/secret/fakekey"
	"github.com/openaivet/openaivet/internal/testmod"
)

// TestFixRoundTrip applies every suggested fix of every check, with
// `openaivet -fix`, to each testdata module of the checks and to the demo,
// then requires that the module builds (tests included), is gofmt-clean,
// that none of the findings that had a fix is reported again, and that no
// new finding appears: fixes of different checks to one request must
// compose.
//
// None is skipped: every package of these modules compiles, tests
// included (the checks' own tests load them with analysistest, which
// stops on type errors). The apikey testdata spells its keys as
// placeholders, expanded here as in its own test.
func TestFixRoundTrip(t *testing.T) {
	robustness.SkipIfShort(t)
	checks, err := filepath.Glob(filepath.Join(robustness.Root(t), "analyzers", "*", "testdata"))
	if err != nil || len(checks) == 0 {
		t.Fatalf("no testdata modules of the checks (%v)", err)
	}
	mods := map[string]string{"demo": filepath.Join(robustness.Root(t), "testdata", "demo")}
	for _, src := range checks {
		mods[filepath.Base(filepath.Dir(src))] = src
	}
	for _, name := range slices.Sorted(maps.Keys(mods)) {
		src := mods[name]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			testmod.Download(t, src)
			dir := testmod.Copy(t, src, func(s string) string {
				s, _ = fakekey.Expand(s)
				return s
			})
			before := vetDiagnostics(t, dir)
			if len(before) == 0 {
				t.Fatal("no findings: every module here has some")
			}
			fixed := 0
			for _, d := range before {
				if d.fixed {
					fixed++
				}
			}
			res := robustness.Run(t, dir, nil, "-fix", "./...")
			if res.Exit != 0 && res.Exit != 1 {
				t.Fatalf("-fix: exit status %d\n%s", res.Exit, res.Output())
			}
			if res := robustness.Run(t, dir, nil, "go", "build", "./..."); res.Exit != 0 {
				t.Fatalf("the fixed module does not build:\n%s", res.Output())
			}
			gofmt := exec.Command("gofmt", "-l", ".")
			gofmt.Dir = dir
			if out, err := gofmt.CombinedOutput(); err != nil || len(out) > 0 {
				t.Errorf("the fixed module is not gofmt-clean: %v\n%s", err, out)
			}
			// vetDiagnostics type-checks the tests too, and fails on a
			// compile error.
			after := vetDiagnostics(t, dir)
			compareFixed(t, before, after)
			// -fix exits 1 while findings are left.
			if left := len(after) > 0; left != (res.Exit == 1) {
				t.Errorf("-fix: exit status %d with %d findings left", res.Exit, len(after))
			}
			t.Logf("%d findings, %d with a fix, %d after -fix: %v", len(before), fixed, len(after), time.Since(start).Round(100*time.Millisecond))
		})
	}
}

// diagnostic is a finding as go vet -json reports it, known by what stays
// the same when fixes above it move it: its check, file and message.
type diagnostic struct {
	check, file, message string
	posn                 string
	fixed                bool // it has a suggested fix
}

func (d diagnostic) key() string { return d.check + " " + d.file + ": " + d.message }

// vetDiagnostics runs openaivet as a vet tool with -json over the module
// in dir and returns its findings, each once (a package and its test
// variant report the same ones).
func vetDiagnostics(t *testing.T, dir string) []diagnostic {
	t.Helper()
	res := robustness.Run(t, dir, nil, robustness.VetTool("-json", "./...")...)
	// The JSON goes to stdout; compile errors go to stderr.
	if res.Exit != 0 || res.Stderr != "" {
		t.Fatalf("go vet -json: exit status %d\n%s", res.Exit, res.Stderr)
	}
	type jsonDiagnostic struct {
		Posn           string            `json:"posn"`
		Message        string            `json:"message"`
		SuggestedFixes []json.RawMessage `json:"suggested_fixes"`
	}
	var ds []diagnostic
	seen := make(map[string]bool)
	dec := json.NewDecoder(strings.NewReader(res.Stdout))
	for {
		var pkgs map[string]map[string]json.RawMessage
		err := dec.Decode(&pkgs)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("go vet -json: not JSON: %v\n%s", err, res.Stdout)
		}
		for pkg, checks := range pkgs {
			for check, raw := range checks {
				var list []jsonDiagnostic
				if err := json.Unmarshal(raw, &list); err != nil {
					t.Fatalf("%s: %s failed: %s", pkg, check, raw)
				}
				for _, d := range list {
					file, _, _ := strings.Cut(d.Posn, ".go:")
					rel, err := filepath.Rel(dir, file+".go")
					if err != nil {
						t.Fatal(err)
					}
					diag := diagnostic{check: check, file: filepath.ToSlash(rel), message: d.Message, posn: d.Posn, fixed: len(d.SuggestedFixes) > 0}
					if id := check + " " + d.Posn + " " + d.Message; !seen[id] {
						seen[id] = true
						ds = append(ds, diag)
					}
				}
			}
		}
	}
	return ds
}

// compareFixed requires that each finding that had a fix is gone after
// -fix, and that no finding is new: for each check, file and message,
// after holds no more findings than before, less those that had a fix.
// Line numbers are left out, since fixes above a finding move it.
func compareFixed(t *testing.T, before, after []diagnostic) {
	t.Helper()
	allowed := make(map[string]int)
	hadFix := make(map[string]bool)
	for _, d := range before {
		allowed[d.key()]++
		if d.fixed {
			allowed[d.key()]--
			hadFix[d.key()] = true
		}
	}
	count := make(map[string]int)
	at := make(map[string]string)
	for _, d := range after {
		count[d.key()]++
		at[d.key()] = filepath.Base(d.posn)
	}
	for _, key := range slices.Sorted(maps.Keys(count)) {
		switch n := count[key]; {
		case n <= allowed[key]:
		case hadFix[key]:
			t.Errorf("still reported after its fix: %s (at %s)", key, at[key])
		default:
			t.Errorf("new after -fix: %s (at %s)", key, at[key])
		}
	}
}

func TestMain(m *testing.M) { os.Exit(robustness.Main(m)) }
