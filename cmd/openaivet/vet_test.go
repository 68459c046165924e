package main

import (
	"fmt"
	"go/types"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/openaivet/openaivet/internal/secret"
	"golang.org/x/tools/go/analysis"
)

// vetJSON is one package's findings as unitchecker prints them.
const vetJSON = `{
	"example.com/app%s": {
		"maxtokens": [
			{
				"posn": "/src/app/main.go:36:15",
				"end": "/src/app/main.go:36:44",
				"message": "chat completion request has no output token limit",
				"suggested_fixes": [
					{
						"message": "Set MaxCompletionTokens to 1024",
						"edits": [{"filename": "/src/app/main.go", "start": 1, "end": 1, "new": "x"}]
					}
				]
			}
		],
		"promptinject": [
			{
				"posn": "/src/app/main.go:40:2",
				"end": "/src/app/main.go:40:9",
				"message": "user input reaches the system prompt",
				"related": [
					{"posn": "/src/app/main.go:38:5", "end": "/src/app/main.go:38:5", "message": "user input is read here"}
				]
			}
		]
	}
}
`

func TestParseVetOutput(t *testing.T) {
	// Go 1.26 prints the JSON on standard output and the rest on
	// standard error; a package and its test variant report the same
	// findings.
	stdout := fmt.Sprintf(vetJSON, "") + "{}\n" + fmt.Sprintf(vetJSON, " [example.com/app.test]")
	stderr := "# example.com/app/broken\nbroken/broken.go:13:3: unknown field NoSuchKey\n" +
		"# example.com/app/conf\n" + `{
	"example.com/app/conf": {
		"safetyid": {
			"error": "/src/app/.openaivet.yml:6: options.maxtokens.ceilling: no such option"
		}
	}
}
` + "go: warning: \"./nothing/...\" matched no packages\n"
	out := parse(t, stdout, stderr)
	var got []string
	for _, f := range out.findings {
		s := fmt.Sprintf("%s:%d:%d-%d:%d %s: %s", f.Location.File, f.Location.Line, f.Location.Column, f.End.Line, f.End.Column, f.Check, f.Message)
		for _, r := range f.Related {
			s += fmt.Sprintf(" [%s:%d:%d %s]", r.Location.File, r.Location.Line, r.Location.Column, r.Message)
		}
		got = append(got, s)
	}
	want := []string{
		"/src/app/main.go:36:15-36:44 maxtokens: chat completion request has no output token limit",
		"/src/app/main.go:40:2-40:9 promptinject: user input reaches the system prompt [/src/app/main.go:38:5 user input is read here]",
		"/src/app/broken/broken.go:13:3-0:0 compile: unknown field NoSuchKey",
		"/src/app/.openaivet.yml:6:0-0:0 config: options.maxtokens.ceilling: no such option",
	}
	// The order of the checks within a package is the map's.
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(out.problems) != 1 || !strings.Contains(out.problems[0], "matched no packages") {
		t.Errorf("problems = %q, want the go command's warning", out.problems)
	}

	// Before Go 1.26, all of it came on standard error.
	old := parse(t, "", "# example.com/app\n"+fmt.Sprintf(vetJSON, ""))
	if len(old.findings) != 2 {
		t.Errorf("JSON on standard error: %d findings, want 2", len(old.findings))
	}
}

// parse reads go vet's two streams as the command does.
func parse(t *testing.T, stdout, stderr string) *vetOutput {
	t.Helper()
	out := newVetOutput("/src/app", secret.NewRedactor())
	for _, stream := range []string{stdout, stderr} {
		if err := out.read(strings.NewReader(stream)); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestParsePosn(t *testing.T) {
	for posn, want := range map[string]location{
		"/a/b.go:3:7":   {"/a/b.go", 3, 7},
		"/a/b.yml:6":    {"/a/b.yml", 6, 0},
		"/a/b.go":       {"/a/b.go", 0, 0},
		`C:\a\b.go:3:7`: {`C:\a\b.go`, 3, 7},
		"":              {},
	} {
		if got := parsePosn(posn); got != want {
			t.Errorf("parsePosn(%q) = %+v, want %+v", posn, got, want)
		}
	}
}

// The go command's progress (go: downloading ...) is passed on as it
// comes, not when go vet ends: a cold run downloads for minutes.
func TestProgressPassedOnAsItComes(t *testing.T) {
	r, w := io.Pipe()
	out := newVetOutput("/src/app", secret.NewRedactor())
	got := make(chan string, 1)
	out.passOn = writerFunc(func(p []byte) (int, error) {
		got <- string(p)
		return len(p), nil
	})
	go out.read(r)
	go w.Write([]byte("go: downloading github.com/openai/openai-go/v3 v3.96.0\n"))
	select {
	case line := <-got:
		if !strings.HasPrefix(line, "go: downloading github.com/openai/openai-go/v3") {
			t.Errorf("passed on %q", line)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the go command's progress is held back while go vet runs")
	}
	w.Close()
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// A load error of the go command, outside any package's output, is a
// problem with its hint kept; a compile error below "# package" is a
// finding with its continuation lines.
func TestGoCommandErrors(t *testing.T) {
	out := parse(t, "", "main.go:3:8: missing go.sum entry for module providing package example.com/x (imported by example.com/app); to add:\n\tgo get example.com/app\n"+
		"# example.com/app/broken\nbroken/broken.go:13:3: cannot use x (variable of type int) as string value in argument to f\n\thave int\n")
	if len(out.problems) != 2 || !strings.Contains(out.problems[1], "go get example.com/app") {
		t.Errorf("problems = %q, want the load error and its hint", out.problems)
	}
	if len(out.findings) != 1 || out.findings[0].Check != "compile" || !strings.HasSuffix(out.findings[0].Message, "argument to f have int") {
		t.Errorf("findings = %+v, want the compile error", out.findings)
	}
}

// TestGuarded holds a panic of an analyzer, or of one it requires, to an
// error on the package: go vet goes on with the others.
func TestGuarded(t *testing.T) {
	base := &analysis.Analyzer{Name: "base", Doc: "panics", Run: func(*analysis.Pass) (any, error) { panic("boom") }}
	top := &analysis.Analyzer{Name: "top", Doc: "requires base", Requires: []*analysis.Analyzer{base}, Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	guarded([]*analysis.Analyzer{top})
	pass := &analysis.Pass{Pkg: types.NewPackage("example.com/p", "p")}
	_, err := base.Run(pass)
	if err == nil || !strings.Contains(err.Error(), "internal error in base on example.com/p") || !strings.Contains(err.Error(), "boom") {
		t.Fatalf("base.Run: %v, want the panic as an error", err)
	}
	if _, err := top.Run(pass); err != nil {
		t.Fatalf("top.Run: %v", err)
	}
}
