package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// fresh returns a copy of the demo module whose packages go vet has not
// analyzed before: a comment new to this run in each keeps the result
// cache from answering for them.
func fresh(t *testing.T) string {
	t.Helper()
	dir := module(t, demo)
	stamp := fmt.Sprintf("\n// %s %d\n", t.Name(), time.Now().UnixNano())
	for _, file := range []string{"main.go", "llm/llm.go"} {
		f, err := os.OpenFile(filepath.Join(dir, file), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		f.WriteString(stamp)
		f.Close()
	}
	return dir
}

// only returns the demo's expected findings in the files under prefix.
func only(t *testing.T, prefix string) []string {
	var want []string
	for _, f := range demoFindings(t) {
		if strings.HasPrefix(f, prefix) {
			want = append(want, f)
		}
	}
	return want
}

// A run's findings depend on its patterns and the code alone, not on what
// ran before: go vet keeps one cached result a package, whether it
// analyzed the package as one the patterns name or as a dependency.
func TestSameFindingsWhateverRanBefore(t *testing.T) {
	dir := fresh(t)
	root, llm := only(t, "main.go"), only(t, "llm/")
	for i, c := range []struct {
		pattern string
		want    []string
	}{
		{".", root},
		{"./...", demoFindings(t)}, // llm was analyzed above, as a dependency
		{".", root},                // llm's findings are cached now
		{"./llm", llm},
		{"./...", demoFindings(t)},
	} {
		res := run(t, dir, c.pattern)
		if got := findings(res.stdout); !slices.Equal(got, c.want) {
			t.Errorf("run %d, %s: findings\n%s\nwant\n%s", i+1, c.pattern, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}

// In a go.work workspace, a module's run reports its own packages, not
// those of another module it imports, whichever ran first.
func TestWorkspace(t *testing.T) {
	ws := t.TempDir()
	demoDir := fresh(t)
	if err := os.Rename(demoDir, filepath.Join(ws, "demo")); err != nil {
		t.Fatal(err)
	}
	app := filepath.Join(ws, "app")
	if err := os.MkdirAll(app, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(ws, "go.work"), "go 1.26.0\n\nuse (\n\t./app\n\t./demo\n)\n")
	gomod, err := os.ReadFile(filepath.Join(ws, "demo", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(app, "go.mod"), strings.Replace(string(gomod), "module example.com/chatdemo", "module example.com/app", 1))
	writeFile(t, filepath.Join(app, "main.go"), `package main

import (
	"context"

	"example.com/chatdemo/llm"
	"github.com/openai/openai-go/v3"
)

func main() {
	client := openai.NewClient()
	llm.New(client).Translate(context.Background(), "user", "text")
	client.Chat.Completions.New(context.Background(), openai.ChatCompletionNewParams{
		Model:            openai.ChatModelGPT4oMini,
		Messages:         []openai.ChatCompletionMessageParamUnion{openai.UserMessage("hi")},
		SafetyIdentifier: openai.String("user-hash"),
	})
}
`)
	appWant := []string{"main.go:13 maxtokens", "main.go:13 safetyid"}
	for i, c := range []struct {
		dir  string
		want []string
	}{
		{app, appWant},
		{filepath.Join(ws, "demo"), demoFindings(t)},
		{app, appWant}, // demo's llm package is cached with its findings now
	} {
		res := run(t, c.dir, "./...")
		if got := findings(res.stdout); !slices.Equal(got, c.want) {
			t.Errorf("run %d, in %s: findings\n%s\nwant\n%s\n%s", i+1, filepath.Base(c.dir), strings.Join(got, "\n"), strings.Join(c.want, "\n"), res.stderr)
		}
	}
}

// Exit status 1 means findings, and 2 that the run could not be done as
// asked; a go command failure shows the go command's own message.
func TestExitStatus(t *testing.T) {
	dir := sample(t, demo)
	noModule := t.TempDir()
	missingSum := t.TempDir()
	writeFile(t, filepath.Join(missingSum, "go.mod"), "module example.com/nosum\n\ngo 1.26.0\n\nrequire github.com/openai/openai-go/v3 v3.96.0\n")
	writeFile(t, filepath.Join(missingSum, "main.go"), "package main\n\nimport _ \"github.com/openai/openai-go/v3\"\n\nfunc main() {}\n")
	workspace := module(t, demo)
	writeFile(t, filepath.Join(workspace, "go.work"), "go 1.26.0\n\nuse .\n")
	for _, c := range []struct {
		name, dir string
		args      []string
		exit      int
		stderr    string
	}{
		{"findings", dir, []string{"./..."}, 1, ""},
		{"no go.mod", noModule, []string{"./..."}, 2, "main module"},
		{"a package that does not exist", dir, []string{"./nosuch"}, 2, "nosuch"},
		{"a module that provides no such package", dir, []string{"example.com/nosuch/pkg"}, 2, "example.com/nosuch/pkg"},
		{"a missing go.sum entry", missingSum, []string{"./..."}, 2, "go get"},
		{"-checks chooses no check", dir, []string{"-checks", "", "./..."}, 2, "chooses no check"},
		{"-checks all,-all", dir, []string{"-checks", "all,-all", "./..."}, 2, "chooses no check"},
		{"an unknown check", dir, []string{"-checks", "nosuch", "./..."}, 2, `no check named "nosuch"`},
		{"an unknown flag", dir, []string{"-nosuch", "./..."}, 2, "flag provided but not defined"},
	} {
		res := run(t, c.dir, c.args...)
		if res.exit != c.exit || !strings.Contains(res.stderr, c.stderr) {
			t.Errorf("%s: exit %d, want %d, with %q on stderr:\n%s%s", c.name, res.exit, c.exit, c.stderr, res.stdout, res.stderr)
		}
		if c.exit == 2 && strings.Contains(res.stdout, "(compile)") {
			t.Errorf("%s: a go command failure reported as a compile error:\n%s", c.name, res.stdout)
		}
	}
	res := runEnv(t, workspace, []string{"GOFLAGS=-mod=mod"}, "./...")
	if res.exit != 2 || !strings.Contains(res.stderr, "-mod may only be set to readonly or vendor when in workspace mode") {
		t.Errorf("-mod=mod in a workspace: exit %d, want 2 with the go command's message:\n%s%s", res.exit, res.stdout, res.stderr)
	}
	// A module the proxy cannot give: here, with the proxy off.
	refused := t.TempDir()
	writeFile(t, filepath.Join(refused, "go.mod"), "module example.com/refused\n\ngo 1.26.0\n\nrequire example.com/not/in/the/cache v1.0.0\n")
	writeFile(t, filepath.Join(refused, "main.go"), "package main\n\nimport _ \"example.com/not/in/the/cache\"\n\nfunc main() {}\n")
	res = runEnv(t, refused, []string{"GOPROXY=off", "GOFLAGS=-mod=mod"}, "./...")
	if res.exit != 2 || !strings.Contains(res.stderr, "GOPROXY=off") {
		t.Errorf("a module the proxy refuses: exit %d, want 2 with the go command's message:\n%s%s", res.exit, res.stdout, res.stderr)
	}
}

// A package of a module the main module requires (here replaced by a
// directory) is analyzed for its facts alone when it is a dependency; a
// later run that names it reports its findings all the same.
func TestSameFindingsInARequiredModule(t *testing.T) {
	root := t.TempDir()
	lib, app := filepath.Join(root, "lib"), filepath.Join(root, "app")
	demoDir := fresh(t)
	gomod, err := os.ReadFile(filepath.Join(demoDir, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	gosum, err := os.ReadFile(filepath.Join(demoDir, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{lib, app} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, "go.sum"), string(gosum))
	}
	if err := os.Rename(filepath.Join(demoDir, "llm"), filepath.Join(lib, "llm")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(lib, "go.mod"), strings.Replace(string(gomod), "module example.com/chatdemo", "module example.com/lib", 1))
	writeFile(t, filepath.Join(app, "go.mod"), strings.Replace(string(gomod), "module example.com/chatdemo", "module example.com/app", 1)+
		"\nrequire example.com/lib v1.0.0\n\nreplace example.com/lib => ../lib\n")
	writeFile(t, filepath.Join(app, "main.go"), "package main\n\nimport (\n\t\"example.com/lib/llm\"\n\t\"github.com/openai/openai-go/v3\"\n)\n\nfunc main() { _ = llm.New(openai.NewClient()) }\n")
	libFindings := []string{"maxtokens", "safetyid"}
	for i, c := range []struct {
		pattern string
		want    []string
	}{
		{"./...", nil},
		{"example.com/lib/llm", libFindings},
		{"./...", nil},
		{"example.com/lib/llm", libFindings},
	} {
		res := run(t, app, c.pattern)
		var got []string
		for _, f := range findings(res.stdout) {
			file, check, _ := strings.Cut(f, " ")
			if !strings.HasSuffix(file, filepath.Join("lib", "llm", "llm.go")+":34") {
				t.Errorf("run %d, %s: finding %s", i+1, c.pattern, f)
			}
			got = append(got, check)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("run %d, %s: findings of %v, want %v\n%s%s", i+1, c.pattern, got, c.want, res.stdout, res.stderr)
		}
	}
}

// A misspelt directive is reported once, by the directive analyzer, under
// its own name, whichever checks run and whichever way openaivet runs.
func TestDirectivesCheckedWhicheverChecksRun(t *testing.T) {
	dir := module(t, demo)
	edit(t, dir, "main.go", "func main() {", "//openaivet:ignore safetyId the name is misspelt\nfunc main() {")
	const want = `names no known check "safetyId"`
	for _, args := range [][]string{
		{"./..."},
		{"-checks", "maxtokens", "./..."},
		{"go", "vet", "-vettool=" + binary, "./..."},
		{"go", "vet", "-vettool=" + binary, "-maxtokens", "./..."},
		{"go", "vet", "-vettool=" + binary, "-maxtokens=false", "./..."},
	} {
		res := run(t, dir, args...)
		out := res.stdout + res.stderr
		if n := strings.Count(out, want); n != 1 {
			t.Errorf("%v: %d reports of the misspelt directive, want 1:\n%s", args, n, out)
		}
		if args[0] != "go" && !strings.Contains(res.stdout, want+"; the checks are apikey, inputlimit, maxtokens, moderation, outputsink, promptinject, safetyid, unhashedid (directive)") {
			t.Errorf("%v: the directive is not reported under its own name:\n%s", args, res.stdout)
		}
	}
}
