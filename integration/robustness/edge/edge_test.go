// Package edge_test runs openaivet, in each mode, over packages that are
// not neat test cases: packages that do not compile beside one that does,
// a file that imports "C", a generated file, a file behind a build tag,
// and a file of 50,000 lines. It needs a C compiler, for cgo.
package edge_test

import (
	"bytes"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openaivet/openaivet/integration/robustness"
)

// TestOneBrokenPackage checks that packages that do not compile (a type
// error in one, a syntax error in another) are reported as such, in every
// mode, and do not stop the checks of the package beside them, whose
// finding is still reported (or fixed).
func TestOneBrokenPackage(t *testing.T) {
	robustness.SkipIfShort(t)
	src := filepath.Join("testdata", "mixed")
	const (
		finding     = "finding/finding.go:12:15: chat completion request has no output token limit"
		typeError   = `broken/broken.go:17:14: cannot use "not a number"`
		syntaxError = "syntax/syntax.go:12:98: "
	)
	check := func(t *testing.T, res robustness.Result, wantFindings []string, vet bool) {
		t.Helper()
		if res.Exit != 1 {
			t.Errorf("exit status %d, want 1", res.Exit)
		}
		for _, want := range []string{finding, typeError, syntaxError} {
			if !strings.Contains(res.Output(), want) {
				t.Errorf("the output lacks %q:\n%s", want, res.Output())
			}
		}
		// The broken packages' requests break several practices: none
		// is reported, only the compile errors.
		robustness.SameFindings(t, "the module", robustness.Findings(res.Output(), vet), wantFindings)
	}
	t.Run("command", func(t *testing.T) {
		dir := robustness.Module(t, src)
		check(t, robustness.Run(t, dir, nil, "./..."), []string{"finding/finding.go:12 maxtokens"}, false)
	})
	t.Run("vet", func(t *testing.T) {
		dir := robustness.Module(t, src)
		check(t, robustness.Run(t, dir, nil, robustness.VetTool("./...")...), []string{"finding/finding.go:12"}, true)
	})
	t.Run("fix", func(t *testing.T) {
		dir := robustness.Module(t, src)
		res := robustness.Run(t, dir, nil, "-fix", "./...")
		if res.Exit != 1 || !strings.Contains(res.Output(), typeError) || !strings.Contains(res.Output(), syntaxError) {
			t.Errorf("-fix: exit status %d, want 1 with the compile errors:\n%s", res.Exit, res.Output())
		}
		if got := robustness.Changed(t, src, dir); !slices.Equal(got, []string{"finding/finding.go"}) {
			t.Errorf("-fix changed %v, want only finding/finding.go", got)
		}
		if fixed := robustness.ReadFile(t, filepath.Join(dir, "finding", "finding.go")); !strings.Contains(fixed, "MaxCompletionTokens: openai.Int(") {
			t.Errorf("-fix did not fix finding/finding.go:\n%s", fixed)
		}
	})
}

// TestCgoGeneratedAndBuildTags runs every mode over a module with a file
// that imports "C", a generated file and a file behind a build tag, each
// holding what would be findings. The cgo file's finding is reported; the
// generated file's are not; the tagged file's are reported with -tags.
func TestCgoGeneratedAndBuildTags(t *testing.T) {
	robustness.SkipIfShort(t)
	robustness.NeedCgo(t)
	src := filepath.Join("testdata", "unusual")
	dir := robustness.Module(t, src)
	const (
		cgoFinding    = "cgo/cgo.go:21"
		taggedFinding = "tagged/tagged.go:12"
	)
	for _, tags := range [][]string{nil, {"-tags", "special"}} {
		want := []string{cgoFinding}
		if tags != nil {
			want = append(want, taggedFinding)
		}
		t.Run(strings.Join(append([]string{"command"}, tags...), " "), func(t *testing.T) {
			res := robustness.Run(t, dir, nil, append(tags, "./...")...)
			var withCheck []string
			for _, f := range want {
				withCheck = append(withCheck, f+" maxtokens")
			}
			robustness.SameFindings(t, "openaivet", robustness.Findings(res.Stdout, false), withCheck)
			if res.Exit != 1 || res.Stderr != "" {
				t.Errorf("exit status %d, want 1 and nothing on stderr:\n%s", res.Exit, res.Stderr)
			}
		})
		t.Run(strings.Join(append([]string{"vet"}, tags...), " "), func(t *testing.T) {
			res := robustness.Run(t, dir, nil, robustness.VetTool(append(tags, "./...")...)...)
			robustness.SameFindings(t, "go vet", robustness.Findings(res.Stderr, true), want)
			if res.Exit != 1 {
				t.Errorf("exit status %d, want 1:\n%s", res.Exit, res.Output())
			}
		})
	}

	// The cgo file's finding comes without its fix: the checks see the
	// copy cmd/cgo wrote, whose offsets are not the user's file's; -fix
	// lists it as left. The generated file has no findings and the tagged
	// file is not built.
	cgoLeft := []string{"cgo/cgo.go:21 maxtokens"}
	t.Run("fix", func(t *testing.T) {
		dir := robustness.Module(t, src)
		res := robustness.Run(t, dir, nil, "-fix", "./...")
		if res.Exit != 1 || res.Stderr != "openaivet: nothing to fix automatically; 1 finding left\n" {
			t.Errorf("-fix: exit status %d, want 1 and the cgo file's finding left:\n%s", res.Exit, res.Output())
		}
		robustness.SameFindings(t, "-fix", robustness.Findings(res.Stdout, false), cgoLeft)
		if got := robustness.Changed(t, src, dir); len(got) > 0 {
			t.Errorf("-fix changed %v, want nothing", got)
		}
	})
	// Build tags reach -fix as a flag, or through GOFLAGS as for every
	// command of the go tool. The file that imports "C" gets no fix.
	for _, tags := range []struct {
		name       string
		env, flags []string
	}{
		{"fix -tags special", nil, []string{"-tags", "special"}},
		{"fix GOFLAGS=-tags=special", []string{"GOFLAGS=-tags=special"}, nil},
	} {
		t.Run(tags.name, func(t *testing.T) {
			dir := robustness.Module(t, src)
			args := append(append([]string{"-fix"}, tags.flags...), "./...")
			res := robustness.Run(t, dir, tags.env, args...)
			if res.Exit != 1 || res.Stderr != "openaivet: applied 1 fix to tagged/tagged.go; 1 finding left\n" {
				t.Errorf("%v: exit status %d, want 1, the tagged file fixed and the cgo file's finding left:\n%s", args, res.Exit, res.Output())
			}
			robustness.SameFindings(t, strings.Join(args, " "), robustness.Findings(res.Stdout, false), cgoLeft)
			if got := robustness.Changed(t, src, dir); !slices.Equal(got, []string{"tagged/tagged.go"}) {
				t.Errorf("%v changed %v, want only tagged/tagged.go", args, got)
			}
			if res := robustness.Run(t, dir, nil, "go", "build", "-tags", "special", "./..."); res.Exit != 0 {
				t.Errorf("the fixed module does not build:\n%s", res.Output())
			}
		})
	}
}

// TestHugeFile runs every mode over a generated file of 50,000 lines
// holding thousands of requests, some of which break a practice.
func TestHugeFile(t *testing.T) {
	robustness.SkipIfShort(t)
	dir := robustness.Module(t, filepath.Join("testdata", "unusual"))
	src, want := hugeFile(t, 3850)
	if err := os.Mkdir(filepath.Join(dir, "huge"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "huge", "huge.go")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(src, []byte("\n")); n < 50000 {
		t.Fatalf("the huge file has %d lines, want 50,000 or more", n)
	}

	timed := func(what string, args ...string) robustness.Result {
		start := time.Now()
		res := robustness.Run(t, dir, nil, args...)
		t.Logf("%s: %v", what, time.Since(start).Round(100*time.Millisecond))
		return res
	}
	res := timed("openaivet", "./huge")
	if got := countChecks(robustness.Findings(res.Stdout, false)); !maps.Equal(got, want) || res.Exit != 1 {
		t.Errorf("openaivet: exit status %d, findings by check %v, want 1 and %v\n%s", res.Exit, got, want, res.Stderr)
	}
	res = timed("go vet", robustness.VetTool("./huge")...)
	total := 0
	for _, n := range want {
		total += n
	}
	if got := len(robustness.Findings(res.Stderr, true)); got != total || res.Exit != 1 {
		t.Errorf("go vet: exit status %d, %d findings, want 1 and %d\n%s", res.Exit, got, total, res.Stderr)
	}
	// The dataflow findings have no automatic fix: they are left.
	res = timed("openaivet -fix", "-fix", "./huge")
	if res.Exit != 1 || !strings.HasPrefix(res.Stderr, "openaivet: applied ") {
		t.Fatalf("-fix: exit status %d, want 1 with fixes applied and findings left\n%s", res.Exit, res.Output())
	}
	if res := robustness.Run(t, dir, nil, "go", "build", "./huge"); res.Exit != 0 {
		t.Fatalf("the fixed file does not build:\n%s", res.Output())
	}
	if fixed, err := format.Source([]byte(robustness.ReadFile(t, path))); err != nil || string(fixed) != robustness.ReadFile(t, path) {
		t.Errorf("the fixed file is not gofmt-clean (%v)", err)
	}
	res = timed("openaivet after -fix", "./huge")
	delete(want, "maxtokens") // the fixes add the bound
	if got := countChecks(robustness.Findings(res.Stdout, false)); !maps.Equal(got, want) {
		t.Errorf("after -fix: findings by check %v, want %v", got, want)
	}
}

// hugeFile writes a package of n functions that each send a request; one
// in a hundred has no output bound (a maxtokens finding, with a fix), and
// one in five hundred is called by a handler with the user's input (an
// inputlimit and a moderation finding). It returns the source and the
// number of findings of each check.
func hugeFile(t *testing.T, n int) ([]byte, map[string]int) {
	var b bytes.Buffer
	b.WriteString("// Package huge is one file of 50,000 lines.\npackage huge\n\n" +
		"import (\n\t\"context\"\n\t\"net/http\"\n\n\t\"github.com/openai/openai-go/v3\"\n)\n\n" +
		"var client openai.Client\n")
	want := map[string]int{}
	for i := range n {
		bound := fmt.Sprintf("\t\tMaxCompletionTokens: openai.Int(%d),\n", 100+i)
		if i%100 == 0 {
			bound = ""
			want["maxtokens"]++
		}
		fmt.Fprintf(&b, `
func ask%d(ctx context.Context, userHash, question string) (string, error) {
	resp, err := client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: openai.ChatModelGPT4oMini,
		Messages: []openai.ChatCompletionMessageParamUnion{openai.UserMessage(question)},
%s		SafetyIdentifier: openai.String(userHash),
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
`, i, bound)
		if i%500 == 0 {
			fmt.Fprintf(&b, `
func handle%d(w http.ResponseWriter, r *http.Request) {
	answer, _ := ask%d(r.Context(), r.Header.Get("X-User-Hash"), r.FormValue("q"))
	w.Write([]byte(answer))
}
`, i, i)
			want["inputlimit"]++
			want["moderation"]++
		}
	}
	src, err := format.Source(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return src, want
}

func countChecks(findings []string) map[string]int {
	counts := map[string]int{}
	for _, f := range findings {
		counts[f[strings.LastIndex(f, " ")+1:]]++
	}
	return counts
}

func TestMain(m *testing.M) { os.Exit(robustness.Main(m)) }
