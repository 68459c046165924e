// Package docs holds openaivet's guides. Its test exercises every command
// and configuration example in them, and in the README: `make docs-check`.
//
// Each code block of commands or configuration is preceded by a comment
// that says how it is exercised:
//
//	<!-- docs-check: run in demo -->        each line runs in a copy of testdata/demo
//	<!-- docs-check: make -->               each line runs at the repository's root
//	<!-- docs-check: install -->            go install, from a module proxy holding this tree
//	<!-- docs-check: install from clone --> each line, at the repository's root, installs openaivet
//	<!-- docs-check: go-tool -->            each line runs in a new copy of testdata/demo, the
//	                                        last runs openaivet with go tool; /path/to/openaivet
//	                                        stands for this checkout
//	<!-- docs-check: vettool -->            the first line finds openaivet, or stops the block;
//	                                        each other line runs after it in the demo
//	<!-- docs-check: pre-commit -->         a .pre-commit-config.yaml that the real pre-commit
//	                                        runs on a commit of the demo; /path/to/openaivet and
//	                                        <full commit sha> stand for a git repository holding
//	                                        this tree, and its commit
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
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

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
				if arg == "from clone" {
					installFromClone(t, b)
				} else {
					install(t, b)
				}
			case "go-tool":
				goTool(t, b)
			case "vettool":
				vettool(t, b)
			case "pre-commit":
				preCommit(t, b)
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
// The version is new for each run, since the module cache keeps whatever
// it once downloaded under a version; the test removes it from the cache
// afterwards.
func install(t *testing.T, b block) {
	command := strings.TrimSpace(b.text)
	if command != "go install github.com/openaivet/openaivet/cmd/openaivet@latest" {
		t.Fatalf("an install block holds %q", command)
	}
	tree := trackedTree(t)
	version := fmt.Sprintf("v0.0.0-docs.%d", time.Now().UnixNano())
	proxy := t.TempDir()
	dir := filepath.Join(proxy, "github.com", "openaivet", "openaivet", "@v")
	os.MkdirAll(dir, 0o755)
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
	if err := zip.CreateFromDir(f, module.Version{Path: "github.com/openaivet/openaivet", Version: version}, tree); err != nil {
		t.Fatal(err)
	}
	modcache := goEnv(t, "GOMODCACHE")
	t.Cleanup(func() {
		removeAll(filepath.Join(modcache, "github.com", "openaivet", "openaivet@"+version))
		dl := filepath.Join(modcache, "cache", "download", "github.com", "openaivet", "openaivet", "@v")
		matches, _ := filepath.Glob(filepath.Join(dl, version+".*"))
		for _, m := range matches {
			os.Remove(m)
		}
		if list, err := os.ReadFile(filepath.Join(dl, "list")); err == nil {
			os.WriteFile(filepath.Join(dl, "list"), bytes.ReplaceAll(list, []byte(version+"\n"), nil), 0o644)
		}
	})
	realProxy := goEnv(t, "GOPROXY")
	gobin := t.TempDir()
	cmd := exec.Command("sh", "-c", command)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "GOBIN="+gobin, "GONOSUMDB=github.com/openaivet", "GOFLAGS=-modcacherw",
		"GOPROXY=file://"+filepath.ToSlash(proxy)+","+realProxy)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", command, err, out)
	}
	checkInstalled(t, gobin)
}

// checkInstalled checks that dir holds an openaivet that lists its checks.
func checkInstalled(t *testing.T, dir string) {
	t.Helper()
	out, err := exec.Command(filepath.Join(dir, "openaivet"), "-list-checks").CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("safetyid")) {
		t.Errorf("the installed openaivet in %s does not list its checks: %v\n%s", dir, err, out)
	}
}

// removeAll removes a directory of the module cache, which the go command
// leaves read-only.
func removeAll(dir string) {
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(path, 0o755)
		}
		return nil
	})
	os.RemoveAll(dir)
}

func goEnv(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", name, err)
	}
	return strings.TrimSpace(string(out))
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

// commandLines returns the commands of a block: its lines, with those
// that end in a backslash joined to the next, leaving out blank lines and
// comments.
func commandLines(text string) []string {
	var commands []string
	var cur string
	for _, line := range strings.Split(text, "\n") {
		if c, ok := strings.CutSuffix(line, "\\"); ok {
			cur += c
			continue
		}
		command := strings.TrimSpace(cur + line)
		cur = ""
		if command != "" && !strings.HasPrefix(command, "#") {
			commands = append(commands, command)
		}
	}
	return commands
}

// exitCode returns a finished command's exit status, or -1 when it could
// not be run.
func exitCode(err error) int {
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	}
	return -1
}

// installFromClone runs each command of the block at the root of this
// checkout twice: with GOBIN set, where openaivet must then be, and with
// GOBIN unset and GOPATH set, where it must be in GOPATH/bin. A make
// target must also say where it put it.
func installFromClone(t *testing.T, b block) {
	modcache := goEnv(t, "GOMODCACHE")
	for _, command := range commandLines(b.text) {
		gobin, gopath := t.TempDir(), t.TempDir()
		runs := []struct {
			env []string
			bin string
		}{
			{[]string{"GOBIN=" + gobin}, gobin},
			{[]string{"GOBIN=", "GOPATH=" + gopath, "GOMODCACHE=" + modcache}, filepath.Join(gopath, "bin")},
		}
		for _, run := range runs {
			cmd := exec.Command("sh", "-c", command)
			cmd.Dir = ".."
			cmd.Env = append(os.Environ(), run.env...)
			if run.env[0] == "GOBIN=" && envFileSetsGOBIN(t) {
				t.Logf("%s with GOBIN unset: skipped, since the go env file sets GOBIN", command)
				continue
			}
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("%s (%s): %v\n%s", command, strings.Join(run.env, " "), err, out)
				continue
			}
			checkInstalled(t, run.bin)
			if strings.HasPrefix(command, "make ") && !bytes.Contains(out, []byte(filepath.Join(run.bin, "openaivet"))) {
				t.Errorf("%s does not say that it installed %s:\n%s", command, filepath.Join(run.bin, "openaivet"), out)
			}
		}
	}
}

// envFileSetsGOBIN reports whether the go env file sets GOBIN, which then
// applies when the variable is not set.
func envFileSetsGOBIN(t *testing.T) bool {
	cmd := exec.Command("go", "env", "GOBIN")
	cmd.Env = append(os.Environ(), "GOBIN=")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go env GOBIN: %v", err)
	}
	return len(bytes.TrimSpace(out)) > 0
}

// goTool runs the block's commands in a new copy of the demo, with
// /path/to/openaivet standing for this checkout and no openaivet on PATH
// but the user's own: every command but the last must succeed, and the
// last, go tool openaivet, must print the demo's findings.
func goTool(t *testing.T, b block) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	dir := demoCopy(t)
	commands := commandLines(b.text)
	for i, command := range commands {
		command = strings.ReplaceAll(command, "/path/to/openaivet", root)
		cmd := exec.Command("sh", "-c", command)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if i < len(commands)-1 {
			if err != nil {
				t.Fatalf("%s: %v\n%s", command, err, out)
			}
			continue
		}
		if !strings.HasPrefix(command, "go tool openaivet ") || exitCode(err) != 1 {
			t.Fatalf("%s: want go tool openaivet with findings (exit status 1), got %v\n%s", command, err, out)
		}
		checkFindings(t, string(out), "../testdata/demo")
	}
	gomod, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
	if !bytes.Contains(gomod, []byte("\ntool github.com/openaivet/openaivet/cmd/openaivet\n")) {
		t.Errorf("go.mod has no tool directive for openaivet:\n%s", gomod)
	}
}

// checkFindings checks that out, the command's text output, holds each
// finding of the module in dir's expected.txt.
func checkFindings(t *testing.T, out, dir string) {
	t.Helper()
	lines := strings.Split(out, "\n")
	for _, want := range testmod.Expected(t, dir) {
		pos, check, _ := strings.Cut(want, " ")
		if !slices.ContainsFunc(lines, func(l string) bool {
			return strings.HasPrefix(l, pos+":") && strings.HasSuffix(l, "("+check+")")
		}) {
			t.Errorf("no %s finding at %s in:\n%s", check, pos, out)
		}
	}
}

// vettool runs the block's commands after its first, which finds
// openaivet, in the demo: the go vet -vettool commands must report the
// demo's findings (exit status 1), the others must pass. Then it runs the
// whole block with no openaivet on PATH, where the first line must stop
// it with a message, before any go command runs.
func vettool(t *testing.T, b block) {
	commands := commandLines(b.text)
	if len(commands) < 2 || !strings.Contains(commands[0], "command -v openaivet") {
		t.Fatalf("the block does not start by finding openaivet: %q", commands)
	}
	env := append(os.Environ(), "PATH="+path(t))
	for _, command := range commands[1:] {
		cmd := exec.Command("sh", "-c", commands[0]+"\n"+command)
		cmd.Dir, cmd.Env = sharedDemo(t), env
		if strings.Contains(command, "-fix") {
			cmd.Dir = demoCopy(t)
		}
		out, err := cmd.CombinedOutput()
		want := 0
		if strings.Contains(command, "-vettool") && !strings.Contains(command, "-fix") {
			want = 1 // the demo's findings
		}
		if exitCode(err) != want || want == 1 && len(out) == 0 {
			t.Errorf("%s: want exit status %d, got %v\n%s", command, want, err, out)
		}
	}

	// No openaivet on PATH: only a go that says it ran.
	shim := t.TempDir()
	ran := filepath.Join(shim, "go-ran")
	os.WriteFile(filepath.Join(shim, "go"), []byte("#!/bin/sh\n: > '"+ran+"'\n"), 0o755)
	cmd := exec.Command("sh", "-c", b.text)
	cmd.Dir, cmd.Env = sharedDemo(t), append(os.Environ(), "PATH="+shim)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if exitCode(err) <= 0 || !strings.Contains(stderr.String(), "openaivet is not on PATH") {
		t.Errorf("without openaivet on PATH, want a non-zero exit status and \"openaivet is not on PATH\", got %v\n%s", err, &stderr)
	}
	if _, err := os.Stat(ran); err == nil {
		t.Errorf("without openaivet on PATH, the block still ran go")
	}
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
			case strings.HasPrefix(step.Uses, "openaivet/openaivet@"):
				uploads += runAction(t, step.With)
			}
		}
	}
	if uploads != 1 {
		t.Errorf("%d upload steps, want 1", uploads)
	}
}

// expression is a GitHub Actions expression, ${{ ... }}.
var expression = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

// runAction runs the repository's action, action.yml, as a runner runs a
// composite action, on a copy of the demo: with its inputs' defaults under
// with, each run step with bash, after the expressions of its fields are
// replaced by their values. No run script may hold an expression: the
// inputs reach scripts as environment variables, never as spliced text.
// actions/setup-go is left out, Go being here; an upload step must send a
// SARIF log with the demo's findings. It returns the number of uploads.
func runAction(t *testing.T, with map[string]string) int {
	data, err := os.ReadFile("../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs map[string]struct{ Default string }
		Runs   struct {
			Using string
			Steps []struct {
				ID, Uses, Run, Shell string
				WorkingDirectory     string `yaml:"working-directory"`
				Env, With            map[string]string
			}
		}
	}
	if err := yaml.Unmarshal(data, &action); err != nil || action.Runs.Using != "composite" {
		t.Fatalf("action.yml is not a composite action: %v", err)
	}
	inputs := map[string]string{}
	for name, in := range action.Inputs {
		inputs[name] = in.Default
	}
	for name, value := range with {
		if _, ok := inputs[name]; !ok {
			t.Errorf("the workflow gives the action an input it does not have: %s", name)
		}
		inputs[name] = value
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	workspace, temp := demoCopy(t), t.TempDir()
	outputs := map[string]string{} // steps.ID.outputs.NAME → value
	expand := func(s string) string {
		return expression.ReplaceAllStringFunc(s, func(e string) string {
			name := expression.FindStringSubmatch(e)[1]
			switch input, isInput := strings.CutPrefix(name, "inputs."); {
			case isInput:
				return inputs[input]
			case name == "github.action_path":
				return root
			}
			value, ok := outputs[name]
			if !ok {
				t.Errorf("action.yml: %s has no value here", e)
			}
			return value
		})
	}
	uploads := 0
	for _, step := range action.Runs.Steps {
		switch {
		case strings.HasPrefix(step.Uses, "actions/setup-go@"):
			if file := filepath.Join(workspace, expand(step.With["go-version-file"])); !fileExists(file) {
				t.Errorf("action.yml: setup-go reads %s, which the demo does not have", file)
			}
		case step.Run != "":
			if step.Shell != "bash" || expression.MatchString(step.Run) {
				t.Errorf("action.yml: step %q: want a bash script with no expression in it", step.ID)
			}
			dir := expand(step.WorkingDirectory)
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(workspace, dir)
			}
			output := filepath.Join(temp, "output")
			os.WriteFile(output, nil, 0o644)
			cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step.Run)
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "RUNNER_TEMP="+temp, "GITHUB_OUTPUT="+output)
			for name, value := range step.Env {
				cmd.Env = append(cmd.Env, name+"="+expand(value))
			}
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("action.yml: step %q: %v\n%s", step.ID, err, out)
			}
			written, _ := os.ReadFile(output)
			for line := range strings.Lines(string(written)) {
				if name, value, ok := strings.Cut(strings.TrimSpace(line), "="); ok {
					outputs["steps."+step.ID+".outputs."+name] = value
				}
			}
		case strings.HasPrefix(step.Uses, "github/codeql-action/upload-sarif@"):
			uploads++
			var log struct {
				Version string
				Runs    []struct{ Results []json.RawMessage }
			}
			data, err := os.ReadFile(filepath.Join(workspace, expand(step.With["sarif_file"])))
			if err != nil || json.Unmarshal(data, &log) != nil || log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) == 0 {
				t.Errorf("action.yml uploads %q, which is not a SARIF log of the demo's findings (%v)", step.With["sarif_file"], err)
			}
			if inputs["upload"] != "true" {
				t.Errorf("action.yml: upload defaults to %q", inputs["upload"])
			}
		default:
			t.Errorf("action.yml: a step the test does not know how to run: %+v", step)
		}
	}
	return uploads
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// hookArgs runs the arguments documented for each pre-commit hook the way
// the hook runs them, in the demo: after the hook's entry in
// .pre-commit-hooks.yaml, which pre-commit splits as sh does.
func hookArgs(t *testing.T, b block) {
	var hooks []struct {
		ID   string
		Args []string
	}
	if err := yaml.Unmarshal([]byte(dedent(b.text)), &hooks); err != nil {
		t.Fatal(err)
	}
	entries := hookEntries(t)
	for _, h := range hooks {
		command := entries[h.ID]
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

// hookEntries returns the entry of each hook of .pre-commit-hooks.yaml.
func hookEntries(t *testing.T) map[string]string {
	data, err := os.ReadFile("../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var manifest []struct{ ID, Entry string }
	if err := yaml.Unmarshal(data, &manifest); err != nil {
		t.Fatal(err)
	}
	entries := map[string]string{}
	for _, h := range manifest {
		entries[h.ID] = h.Entry
	}
	return entries
}

// preCommit runs the real pre-commit with the block as the
// .pre-commit-config.yaml of a git repository holding the demo, whose
// first commit its hooks must block, each with the demo's findings. In the
// block, /path/to/openaivet and <full commit sha> stand for a git
// repository holding this tree, and its commit. The environment is the
// user's Go caches and settings, with a home and pre-commit store of its
// own, and openaivet built from this tree on PATH, as make install leaves
// it, for local hooks.
func preCommit(t *testing.T, b block) {
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Fatalf("pre-commit is not on PATH (%v): install it with `apt-get install pre-commit` (or `pip install pre-commit`)", err)
	}
	var config struct {
		Repos []struct {
			Repo, Rev string
			Hooks     []struct{ ID string }
		}
	}
	if err := yaml.Unmarshal([]byte(b.text), &config); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range config.Repos {
		for _, h := range r.Hooks {
			ids = append(ids, h.ID)
		}
	}
	if len(ids) == 0 {
		t.Fatal("the configuration has no hooks")
	}
	env := preCommitEnv(t)
	text := b.text
	if strings.Contains(text, "/path/to/openaivet") {
		tree := trackedTree(t)
		gitInit(t, env, tree)
		gitRun(t, env, tree, "add", "-A")
		gitRun(t, env, tree, "commit", "-q", "--no-verify", "-m", "snapshot of the working tree")
		rev := strings.TrimSpace(gitRun(t, env, tree, "rev-parse", "HEAD"))
		text = strings.ReplaceAll(text, "/path/to/openaivet", tree)
		text = strings.ReplaceAll(text, "<full commit sha>", rev)
	}
	dir := demoCopy(t)
	if err := os.WriteFile(filepath.Join(dir, ".pre-commit-config.yaml"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	gitInit(t, env, dir)
	for _, args := range [][]string{{"pre-commit", "install", "--install-hooks"}, {"git", "add", "-A"}} {
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	cmd := exec.Command("git", "commit", "-m", "the demo")
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	if exitCode(err) <= 0 {
		t.Fatalf("want the hooks to block the commit of the demo, got %v\n%s", err, out)
	}
	t.Logf("the commit of the demo, blocked:\n%s", out)
	for _, id := range ids {
		if !bytes.Contains(out, []byte("- hook id: "+id+"\n")) {
			t.Errorf("hook %s did not block the commit:\n%s", id, out)
		}
	}
	if slices.Contains(ids, "openaivet") {
		checkFindings(t, string(out), "../testdata/demo")
	} else if !bytes.Contains(out, []byte("chat completion request has no safety_identifier")) {
		// go vet prints the message without the check's name.
		t.Errorf("the hooks' output lacks the demo's findings:\n%s", out)
	}
}

// preCommitEnv returns the environment preCommit runs git and pre-commit
// in.
func preCommitEnv(t *testing.T) []string {
	tmp := t.TempDir()
	home := filepath.Join(tmp, "home")
	os.Mkdir(home, 0o755)
	set := map[string]string{
		"HOME":             home,
		"XDG_CONFIG_HOME":  filepath.Join(home, ".config"),
		"XDG_CACHE_HOME":   filepath.Join(home, ".cache"),
		"PRE_COMMIT_HOME":  filepath.Join(tmp, "pre-commit"),
		"PRE_COMMIT_COLOR": "never",
		"GOCACHE":          goEnv(t, "GOCACHE"),
		"GOMODCACHE":       goEnv(t, "GOMODCACHE"),
		"GOENV":            goEnv(t, "GOENV"),
		// No /etc/gitconfig, whose hooks or core.hooksPath would interfere.
		"GIT_CONFIG_NOSYSTEM": "1",
		"PATH":                path(t),
	}
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if _, ok := set[name]; ok || name == "SKIP" || name == "GOFLAGS" ||
			strings.HasPrefix(name, "PRE_COMMIT") || strings.HasPrefix(name, "GIT_") {
			continue // git's variables would aim git at this checkout when the test runs in a hook
		}
		env = append(env, kv)
	}
	for name, value := range set {
		env = append(env, name+"="+value)
	}
	return env
}

func gitInit(t *testing.T, env []string, dir string) {
	gitRun(t, env, dir, "init", "-q", "-b", "main")
	gitRun(t, env, dir, "config", "user.name", "openaivet docs test")
	gitRun(t, env, dir, "config", "user.email", "docs@example.com")
	gitRun(t, env, dir, "config", "commit.gpgsign", "false")
}

func gitRun(t *testing.T, env []string, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
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

// bazelLabels checks that every openaivet label names the package of an
// analyzer, which exports Analyzer as nogo requires (analyzers_test holds
// that), and that a block naming any names every one.
func bazelLabels(t *testing.T, b block) {
	labels := regexp.MustCompile(`@com_github_openaivet_openaivet//analyzers/(\w+)`).FindAllStringSubmatch(b.text, -1)
	var named []string
	for _, l := range labels {
		if !slices.ContainsFunc(analyzers.Analyzers(), func(a *analysis.Analyzer) bool { return a.Name == l[1] }) {
			t.Errorf("%s names no analyzer", l[0])
		}
		named = append(named, l[1])
	}
	for _, a := range analyzers.Analyzers() {
		if len(named) > 0 && !slices.Contains(named, a.Name) {
			t.Errorf("%s:%d: the nogo target leaves out %s", b.file, b.line, a.Name)
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
