// Package docs holds openaivet's guides. Its test exercises every command
// and configuration example in them, and in the README: `make docs-check`.
//
// Each code block of commands or configuration is preceded by a comment
// that says how it is exercised:
//
//	<!-- docs-check: run in demo -->        each line runs in a copy of testdata/demo
//	<!-- docs-check: make -->               each line runs at the repository's root
//	<!-- docs-check: install -->            go install, from a module proxy holding this tree
//	<!-- docs-check: openaivet.yml -->      a configuration file that must load
//	<!-- docs-check: workflow FILE -->      a GitHub workflow, equal to FILE, whose steps run
//	<!-- docs-check: tested by DIR TestX --> run for real by the test TestX in DIR
//	<!-- docs-check: hook-args -->          pre-commit hooks whose args run in the demo
//	<!-- docs-check: bazel -->              Bazel labels that must name check packages
//	<!-- docs-check: nogo-config -->        a nogo configuration naming checks and options
//	<!-- docs-check: same-as FILE, tested by DIR TestX --> equal to FILE, which TestX uses
//	<!-- docs-check: self -->               the command that runs this test
package docs_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/openaivet/openaivet/analyzers"
	"github.com/openaivet/openaivet/internal/config"
	"github.com/openaivet/openaivet/internal/testmod"
	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
	"golang.org/x/tools/go/analysis"
	"gopkg.in/yaml.v3"
)

// block is a fenced code block with its docs-check annotation.
type block struct {
	file, lang, annotation, text string
	line                         int
}

// checkedLangs are the blocks that hold commands or configuration.
var checkedLangs = map[string]bool{"sh": true, "yaml": true, "json": true, "starlark": true}

var annotationRE = regexp.MustCompile(`^<!-- docs-check: (.*) -->$`)

func blocks(t *testing.T) []block {
	files, _ := filepath.Glob("*.md")
	files = append(files, "../README.md")
	var bs []block
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		for i := 0; i < len(lines); i++ {
			lang, ok := strings.CutPrefix(lines[i], "```")
			if !ok {
				continue
			}
			start := i
			for i++; i < len(lines) && lines[i] != "```"; i++ {
			}
			b := block{file: file, lang: lang, line: start + 1, text: strings.Join(lines[start+1:i], "\n") + "\n"}
			for j := start - 1; j >= 0 && j >= start-2; j-- {
				if m := annotationRE.FindStringSubmatch(lines[j]); m != nil {
					b.annotation = m[1]
				}
			}
			bs = append(bs, b)
		}
	}
	return bs
}

func TestEveryBlockIsExercised(t *testing.T) {
	for _, b := range blocks(t) {
		t.Run(fmt.Sprintf("%s:%d", filepath.Base(b.file), b.line), func(t *testing.T) {
			if !checkedLangs[b.lang] {
				return // Go snippets and sample output
			}
			kind, arg, _ := strings.Cut(b.annotation, " ")
			switch kind {
			case "run":
				runCommands(t, b, "")
			case "make":
				runCommands(t, b, "..")
			case "install":
				install(t, b)
			case "openaivet.yml":
				path := filepath.Join(t.TempDir(), config.FileName)
				os.WriteFile(path, []byte(b.text), 0o644)
				if _, err := config.Load(path); err != nil {
					t.Error(err)
				}
			case "workflow":
				workflow(t, b, arg)
			case "tested":
				testedBy(t, arg)
			case "same-as":
				file, test, ok := strings.Cut(arg, ", ")
				if data, err := os.ReadFile(file); !ok || err != nil || string(data) != b.text {
					t.Errorf("the block differs from %s, or names no test (%v)", file, err)
				}
				testedBy(t, strings.TrimPrefix(test, "tested "))
			case "hook-args":
				hookArgs(t, b)
			case "bazel":
				bazelLabels(t, b)
			case "nogo-config":
				nogoConfig(t, b)
			case "self":
				if strings.TrimSpace(b.text) != "make test" {
					t.Errorf("only `make test` runs this test, not %q", b.text)
				}
			default:
				t.Errorf("a %s block with no docs-check annotation says nothing of how it is tested", b.lang)
			}
		})
	}
}

var (
	binOnce sync.Once
	binDir  string
	binErr  error
)

// path returns a PATH with openaivet, built from this tree, first.
func path(t *testing.T) string {
	binOnce.Do(func() {
		binDir, binErr = os.MkdirTemp("", "openaivet-docs")
		if binErr == nil {
			out, err := exec.Command("go", "build", "-o", binDir, "../cmd/openaivet").CombinedOutput()
			if err != nil {
				binErr = fmt.Errorf("building openaivet: %v\n%s", err, out)
			}
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binDir + string(os.PathListSeparator) + os.Getenv("PATH")
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

func demoCopy(t *testing.T) string {
	testmod.Download(t, "../testdata/demo")
	return testmod.Copy(t, "../testdata/demo", func(s string) string { return s })
}

// runCommands runs each command of a block with sh in dir: with dir "",
// in the demo, a copy shared by the blocks that leave it as it is, and a
// copy of its own for a command that fixes it. Findings (exit status 1)
// are what the demo is for; 2 or more, or a complaint about a flag, is a
// documented command that does not work.
func runCommands(t *testing.T, b block, dir string) {
	bin := path(t)
	env := append(os.Environ(), "PATH="+bin)
	for _, line := range strings.Split(b.text, "\n") {
		command := strings.TrimSpace(line)
		if command == "" || strings.HasPrefix(command, "#") {
			continue
		}
		cmd := exec.Command("sh", "-c", command)
		cmd.Dir, cmd.Env = dir, env
		if dir == "" {
			cmd.Dir = sharedDemo(t)
			if strings.Contains(command, "-fix") {
				cmd.Dir = demoCopy(t)
			}
		}
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		if err != nil && (!errors.As(err, &exit) || exit.ExitCode() > 1) || bytes.Contains(out, []byte("flag provided but not defined")) {
			t.Errorf("%s: %v\n%s", command, err, out)
		}
	}
}

var (
	demoOnce sync.Once
	demoDir  string
)

// sharedDemo returns a copy of the demo that lives as long as the test
// binary, so that the commands run on it share the result cache.
func sharedDemo(t *testing.T) string {
	demoOnce.Do(func() {
		testmod.Download(t, "../testdata/demo")
		demoDir = filepath.Join(binDir, "demo")
		if err := os.CopyFS(demoDir, os.DirFS("../testdata/demo")); err != nil {
			t.Fatal(err)
		}
	})
	return demoDir
}

// install runs a documented go install against a module proxy that holds
// this tree as the latest version of openaivet, in front of the real one.
func install(t *testing.T, b block) {
	command := strings.TrimSpace(b.text)
	if command != "go install github.com/openaivet/openaivet/cmd/openaivet@latest" {
		t.Fatalf("an install block holds %q", command)
	}
	proxy := t.TempDir()
	dir := filepath.Join(proxy, "github.com", "openaivet", "openaivet", "@v")
	os.MkdirAll(dir, 0o755)
	const version = "v0.0.1"
	gomod, err := os.ReadFile("../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "list"), []byte(version+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, version+".info"), []byte(`{"Version":"`+version+`","Time":"2026-01-01T00:00:00Z"}`), 0o644)
	os.WriteFile(filepath.Join(dir, version+".mod"), gomod, 0o644)
	f, err := os.Create(filepath.Join(dir, version+".zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := zip.CreateFromDir(f, module.Version{Path: "github.com/openaivet/openaivet", Version: version}, trackedTree(t)); err != nil {
		t.Fatal(err)
	}
	realProxy, _ := exec.Command("go", "env", "GOPROXY").Output()
	gobin := t.TempDir()
	cmd := exec.Command("sh", "-c", command)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "GOBIN="+gobin, "GONOSUMDB=github.com/openaivet", "GOFLAGS=",
		"GOPROXY=file://"+filepath.ToSlash(proxy)+","+strings.TrimSpace(string(realProxy)))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", command, err, out)
	}
	out, _ := exec.Command(filepath.Join(gobin, "openaivet"), "-list-checks").CombinedOutput()
	if !bytes.Contains(out, []byte("safetyid")) {
		t.Errorf("the installed openaivet does not list its checks:\n%s", out)
	}
}

// trackedTree copies the files git knows of (committed or not) to a
// temporary directory, leaving out build output.
func trackedTree(t *testing.T) string {
	out, err := exec.Command("git", "-C", "..", "ls-files", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	dst := t.TempDir()
	for _, name := range strings.Fields(string(out)) {
		data, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			continue // deleted in the working tree
		}
		os.MkdirAll(filepath.Join(dst, filepath.Dir(name)), 0o755)
		os.WriteFile(filepath.Join(dst, name), data, 0o644)
	}
	return dst
}

// workflow checks a documented GitHub workflow against its file, and runs
// its steps: the install against the local proxy, the rest in the demo.
func workflow(t *testing.T, b block, file string) {
	data, err := os.ReadFile(file)
	if err != nil || string(data) != b.text {
		t.Fatalf("%s differs from the workflow shown in %s (%v)", file, b.file, err)
	}
	var wf struct {
		Jobs map[string]struct {
			Steps []struct {
				Uses string
				Run  string
				With map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatal(err)
	}
	var uploads int
	for _, job := range wf.Jobs {
		for _, step := range job.Steps {
			switch {
			case strings.HasPrefix(step.Run, "go install"):
				install(t, block{text: step.Run})
			case step.Run != "":
				runCommands(t, block{text: step.Run}, "")
			case strings.HasPrefix(step.Uses, "github/codeql-action/upload-sarif@"):
				uploads++
				if step.With["sarif_file"] != "openaivet.sarif" {
					t.Errorf("the upload step sends %q, not what openaivet wrote", step.With["sarif_file"])
				}
			}
		}
	}
	if uploads != 1 {
		t.Errorf("%d upload steps, want 1", uploads)
	}
}

// hookArgs runs the arguments documented for each pre-commit hook the way
// the hook runs them, in the demo.
func hookArgs(t *testing.T, b block) {
	var hooks []struct {
		ID   string
		Args []string
	}
	if err := yaml.Unmarshal([]byte(dedent(b.text)), &hooks); err != nil {
		t.Fatal(err)
	}
	for _, h := range hooks {
		command := map[string]string{"openaivet": "openaivet", "openaivet-vet": "go vet -vettool=$(which openaivet)"}[h.ID]
		if command == "" || len(h.Args) == 0 {
			t.Errorf("hook %q with args %v", h.ID, h.Args)
			continue
		}
		for _, a := range h.Args {
			command += " '" + a + "'"
		}
		runCommands(t, block{text: command}, "")
	}
}

// dedent removes the indentation of the block's first line from all.
func dedent(text string) string {
	indent := text[:len(text)-len(strings.TrimLeft(text, " "))]
	var out []string
	for _, line := range strings.Split(text, "\n") {
		out = append(out, strings.TrimPrefix(line, indent))
	}
	return strings.Join(out, "\n")
}

// testedBy checks that the named test exists.
func testedBy(t *testing.T, arg string) {
	by, ok := strings.CutPrefix(arg, "by ")
	dir, name, found := strings.Cut(by, " ")
	if !ok || !found {
		t.Fatalf("want `tested by DIR TestName`, got %q", arg)
	}
	files, _ := filepath.Glob(filepath.Join("..", dir, "*_test.go"))
	for _, f := range files {
		if data, _ := os.ReadFile(f); bytes.Contains(data, []byte("func "+name+"(")) {
			return
		}
	}
	t.Errorf("no test %s in %s", name, dir)
}

// bazelLabels checks that every openaivet label names a check's package,
// which exports Analyzer as nogo requires (analyzers_test holds that).
func bazelLabels(t *testing.T, b block) {
	labels := regexp.MustCompile(`@com_github_openaivet_openaivet//analyzers/(\w+)`).FindAllStringSubmatch(b.text, -1)
	for _, l := range labels {
		if !slices.Contains(config.Checks, l[1]) {
			t.Errorf("%s names no check", l[0])
		}
	}
}

// nogoConfig checks that a nogo configuration names checks and their
// options.
func nogoConfig(t *testing.T, b block) {
	var cfg map[string]struct {
		AnalyzerFlags map[string]string `json:"analyzer_flags"`
	}
	if err := json.Unmarshal([]byte(b.text), &cfg); err != nil {
		t.Fatal(err)
	}
	for name, c := range cfg {
		i := slices.IndexFunc(analyzers.Analyzers(), func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			t.Errorf("%s is not a check", name)
			continue
		}
		for flag, value := range c.AnalyzerFlags {
			if err := analyzers.Analyzers()[i].Flags.Set(flag, value); err != nil {
				t.Errorf("%s.%s=%s: %v", name, flag, value, err)
			}
		}
	}
}
